#include "searchd/service/worker_pool.h"

#include "searchd/service/facet_spy.h"

#include <cstdio>
#include <latch>
#include <memory>

namespace izdeu::searchd {

Result<std::unique_ptr<WorkerPool>> WorkerPool::Start(const std::string& db_path, unsigned threads,
                                                      size_t queue_capacity,
                                                      const ServiceOptions& options) {
  std::unique_ptr<WorkerPool> pool(new WorkerPool(queue_capacity));
  std::vector<std::unique_ptr<SearchService>> services;
  ServiceOptions shared = options;
  if (!shared.facet_columns) shared.facet_columns = std::make_shared<FacetColumnsCache>();
  for (unsigned i = 0; i < std::max(1u, threads); ++i) {
    auto service = SearchService::Open(db_path, shared);
    if (!service.ok()) return service.status();
    services.push_back(std::move(service.value()));
  }
  // Every service warms up on its own thread, and Start returns when all have: searchd says it
  // is listening only after that (about a second at a million articles), so a client that
  // waits for that line never waits on the warm-up as well. Shared: a thread may still be
  // inside count_down when the wait below returns.
  auto warmed = std::make_shared<std::latch>(static_cast<std::ptrdiff_t>(services.size()));
  for (auto& service : services) {
    pool->threads_.emplace_back(
        [q = &pool->queue_, s = std::shared_ptr<SearchService>(std::move(service)), warmed] {
          s->WarmUp();
          warmed->count_down();
          while (auto task = q->Pop()) {
            try {
              (*task)(*s);
            } catch (const std::exception& e) {
              std::fprintf(stderr, "izdeu-searchd: task failed: %s\n", e.what());
            } catch (...) {
              std::fprintf(stderr, "izdeu-searchd: task failed with an unknown exception\n");
            }
          }
        });
  }
  warmed->wait();
  return pool;
}

WorkerPool::~WorkerPool() {
  queue_.Close();
  for (auto& t : threads_) t.join();
}

}  // namespace izdeu::searchd
