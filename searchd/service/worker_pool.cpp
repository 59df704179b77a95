#include "searchd/service/worker_pool.h"

namespace izdeu::searchd {

Result<std::unique_ptr<WorkerPool>> WorkerPool::Start(const std::string& db_path, unsigned threads,
                                                      size_t queue_capacity) {
  std::unique_ptr<WorkerPool> pool(new WorkerPool(queue_capacity));
  std::vector<std::unique_ptr<SearchService>> services;
  for (unsigned i = 0; i < std::max(1u, threads); ++i) {
    auto service = SearchService::Open(db_path);
    if (!service.ok()) return service.status();
    services.push_back(std::move(service.value()));
  }
  for (auto& service : services) {
    pool->threads_.emplace_back(
        [q = &pool->queue_, s = std::shared_ptr<SearchService>(std::move(service))] {
          s->WarmUp();  // requests queue meanwhile: they would wait for it anyway
          while (auto task = q->Pop()) (*task)(*s);
        });
  }
  return pool;
}

WorkerPool::~WorkerPool() {
  queue_.Close();
  for (auto& t : threads_) t.join();
}

}  // namespace izdeu::searchd
