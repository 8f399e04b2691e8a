# The two commands: `make run` (the reader on the bundled articles) and `make test`.
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift
BIN := .build/debug/newsroom
# The archive benchmark's corpus (generated once, about 520 MB for 100,000) and its size.
ARCHIVE_BENCH_DIR ?= /tmp/newsroom-archive-bench
ARCHIVE_BENCH_COUNT ?= 100000

.PHONY: deps build run test unit e2e bench fuzz clean

deps:
	@bash scripts/ensure-deps.sh

build: deps
	@bash scripts/build-checked.sh

run: build
	$(BIN) $(ARGS)

test: deps
	@bash scripts/build-checked.sh --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory e2e

e2e:
	LANG=C.UTF-8 NEWSROOM_E2E_REQUIRE_EXTRACTORS=1 bash Tests/e2e/run.sh $(BIN)

# Release build of the benchmark; prints a table and writes bench.json (see BENCHMARKS.md).
bench: deps
	$(SWIFT) build -c release --product newsroom-bench
	.build/release/newsroom-bench --json bench.json $(BENCH_ARGS)
	.build/release/newsroom-bench --archive $(ARCHIVE_BENCH_DIR) --count $(ARCHIVE_BENCH_COUNT) --json bench-archive.json

# libFuzzer over the whole pipeline for FUZZ_SECONDS (default 60).
fuzz: deps
	@bash scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz
