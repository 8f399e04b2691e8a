# The two commands: `make run` (the reader on the bundled articles, release build) and `make test`.
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift
BIN := .build/debug/newsroom
# The archive benchmark's corpus (generated once, about 520 MB for 100,000) and its size.
ARCHIVE_BENCH_DIR ?= /tmp/newsroom-archive-bench
ARCHIVE_BENCH_COUNT ?= 100000

.PHONY: deps build run test unit e2e bench fuzz clean install install-files
PREFIX ?= /usr/local

deps:
	@bash scripts/ensure-deps.sh

build: deps
	@bash scripts/build-checked.sh

# The reader as users get it: a release build (a debug build takes 0.4-0.7 s to the first screen).
run: deps
	$(SWIFT) build -c release --product newsroom
	.build/release/newsroom $(ARGS)

test: deps
	@bash scripts/build-checked.sh --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory e2e

e2e:
	LANG=C.UTF-8 bash Tests/e2e/run.sh $(BIN)

# The release binary, its man page (swift-argument-parser's generate-manual plugin,
# from the command definitions) and shell completions for bash, zsh and fish.
install: deps
	$(SWIFT) build -c release --product newsroom
	$(SWIFT) package generate-manual --configuration release
	@$(MAKE) --no-print-directory install-files INSTALL_BIN=.build/release/newsroom \
	  MAN_DIR=.build/plugins/GenerateManual/outputs/newsroom

# Copies a built binary (INSTALL_BIN), the man pages in MAN_DIR (when given) and
# the completions under $(DESTDIR)$(PREFIX).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$(INSTALL_BIN)" "$(DESTDIR)$(PREFIX)/bin/newsroom"
	if [ -n "$(MAN_DIR)" ]; then install -m 644 "$(MAN_DIR)"/*.1 "$(DESTDIR)$(PREFIX)/share/man/man1/"; fi
	"$(INSTALL_BIN)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/newsroom"
	"$(INSTALL_BIN)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_newsroom"
	"$(INSTALL_BIN)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/newsroom.fish"

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
