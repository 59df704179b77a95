# Thin wrapper over CMake: `make run` and `make test` do everything on a fresh Debian 12 machine.
BUILD    ?= build
JOBS     ?= $(shell nproc)
PORT     ?= 8080
DB       ?= var/sample.db
SAMPLE   := corpus/sample
MAKEFLAGS += --no-print-directory
# WERROR=ON turns compiler warnings into errors (.ci/run passes it; the sanitizer and fuzz builds
# always have it on).
WERROR   ?= OFF

# Sanitizer and fuzz builds: each a full build of its own in its own folder (docs/operations.md).
ASAN_BUILD := build-asan
TSAN_BUILD := build-tsan
FUZZ_BUILD := build-fuzz
# Test binaries that run threads: ThreadSanitizer runs these (the integration tests start the
# sanitized izdeu-searchd and izdeu-indexer of the same build folder).
TSAN_TESTS := searchd_integration_test indexer_test analyzers_test
FUZZ_SECONDS    ?= 60
FUZZ_CI_SECONDS ?= 10
# -O1: sanitized code at -O0 runs the tests several times slower, at -O2 it builds slower.
SAN_CMAKE := -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DIZDEU_WERROR=ON

# eval-ir: retrieval quality (docs/evaluation.md).
.PHONY: all deps build test run index bench eval-ir format format-check clean \
        test-asan test-tsan build-asan build-tsan fuzz fuzz-ci build-fuzz

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DIZDEU_WERROR=$(WERROR)

# Reconfigures only when WERROR differs from the cached value (a plain `make test` after CI's
# `make test WERROR=ON` goes back to warnings as warnings).
build: deps $(BUILD)/CMakeCache.txt
	@grep -q '^IZDEU_WERROR:BOOL=$(WERROR)$$' $(BUILD)/CMakeCache.txt || \
	  cmake -S . -B $(BUILD) -DIZDEU_WERROR=$(WERROR)
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

index: build
	$(BUILD)/indexer/izdeu-indexer --db $(DB) $(SAMPLE)

run: index
	$(BUILD)/searchd/izdeu-searchd --db $(DB) --port $(PORT)

bench: build
	bash bench/run.sh

# Retrieval quality (docs/evaluation.md): kazqad-dev questions, known items, Xapian baselines.
eval-ir: build
	$(BUILD)/bench/izdeu-eval --data ../shared/data ir --work var/eval

# --- Sanitizers -------------------------------------------------------------------------------
# Every sanitizer report, from a test process or from a daemon or indexer it started, goes to a
# file in $(build)/sanitizer-logs; .ci/sanitizer-report prints them and fails when there is any.
$(ASAN_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN_BUILD) $(SAN_CMAKE) -DIZDEU_SANITIZE=address,undefined

# What the tests run (not the benchmarks and evaluation tools): keeps CI's ASan build shorter.
ASAN_TARGETS := analyzers_test corpus_test searchd_integration_test indexer_test searchd_test \
                izdeu-indexer izdeu-searchd izdeu-search izdeu-org-train izdeu-org-report
build-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target $(ASAN_TARGETS)

ASAN_LOGS := $(CURDIR)/$(ASAN_BUILD)/sanitizer-logs
TSAN_LOGS := $(CURDIR)/$(TSAN_BUILD)/sanitizer-logs
# strict_string_checks stays off: Pistache parses header values with strtol on its request buffer,
# which is not NUL-terminated; strtol reads only up to the CRLF that ends the value (searchd lets
# Pistache parse a head only once its blank line has arrived, request_head.h), but the strict
# check wants the whole string up to a NUL and reports the buffer's end (Cache-Control: max-age=0
# from a browser reload).
ASAN_ENV := \
  ASAN_OPTIONS=log_path=$(ASAN_LOGS)/asan:detect_leaks=1:strict_string_checks=0:$\
detect_stack_use_after_return=1:check_initialization_order=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp \
  UBSAN_OPTIONS=log_path=$(ASAN_LOGS)/ubsan:print_stacktrace=1:halt_on_error=1
TSAN_ENV := \
  TSAN_OPTIONS=log_path=$(TSAN_LOGS)/tsan:suppressions=$(CURDIR)/.ci/tsan.supp:$\
second_deadlock_stack=1:history_size=4

test-asan: build-asan
	@rm -rf $(ASAN_LOGS) && mkdir -p $(ASAN_LOGS)
	cd $(ASAN_BUILD) && $(ASAN_ENV) ctest --output-on-failure -j $(JOBS) || \
	  touch $(ASAN_LOGS)/ctest-failed
	@bash .ci/sanitizer-report $(ASAN_LOGS)

$(TSAN_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(TSAN_BUILD) $(SAN_CMAKE) -DIZDEU_SANITIZE=thread

build-tsan: deps $(TSAN_BUILD)/CMakeCache.txt
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target $(TSAN_TESTS)

# The tests run from the source root, as ctest runs them (tests/CMakeLists.txt).
test-tsan: build-tsan
	@rm -rf $(TSAN_LOGS) && mkdir -p $(TSAN_LOGS)
	@for t in $(TSAN_TESTS); do \
	  echo "== ThreadSanitizer: $$t"; \
	  $(TSAN_ENV) $(TSAN_BUILD)/tests/$$t --gtest_brief=1 || touch $(TSAN_LOGS)/ctest-failed; \
	done
	@bash .ci/sanitizer-report $(TSAN_LOGS)

# --- Fuzzing (docs/operations.md) ---------------------------------------------------------
$(FUZZ_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
	  -DCMAKE_CXX_COMPILER=clang++ -DIZDEU_FUZZ=ON -DIZDEU_WERROR=ON

build-fuzz: deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target izdeu_fuzzers

fuzz: build-fuzz
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

fuzz-ci: build-fuzz
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_CI_SECONDS)

# --- Formatting -------------------------------------------------------------------------------
format:
	clang-format -i $$(git ls-files '*.h' '*.cpp')

# Fails listing the tracked sources that `make format` would change.
format-check:
	clang-format --dry-run --Werror $$(git ls-files '*.h' '*.cpp')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD) var
