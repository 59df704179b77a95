# Thin wrapper over CMake: `make run` and `make test` do everything on a fresh Debian 12 machine.
BUILD    ?= build
JOBS     ?= $(shell nproc)
PORT     ?= 8080
DB       ?= var/sample.db
SAMPLE   := corpus/sample

.PHONY: all deps build test run index bench eval-ir format clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
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

format:
	clang-format -i $$(git ls-files '*.h' '*.cpp')

clean:
	rm -rf $(BUILD) var
