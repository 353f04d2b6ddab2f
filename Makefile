# DNNConformance — every target documented; `make conformance` and `make test` are the whole set-up.
SWIFT      ?= swift
PYTHON     ?= python3
APT_PKGS   := pkgconf libhdf5-dev libjson-c-dev
# The sandbox for learner code drives unshare, setpriv, prlimit (util-linux) and mount (mount);
# both ship with Debian, so this only checks.
SANDBOX_PKGS := util-linux mount
# Release builds target this machine's CPU (AVX2/AVX-512 where present). A plain
# `swift build -c release` is as fast where the CPU has AVX2 and FMA: Package.swift builds the
# training kernels twice more, for AVX2/FMA and for AVX-512, and picks the widest at run time.
RELEASE    := -c release -Xswiftc -target-cpu -Xswiftc native
BIN        := .build/release/dnn-conformance
REPORT     ?= reports/conformance.json
PREFIX     ?= /usr/local

.PHONY: deps build install test conformance render-check bench reference clean

## deps: install pkgconf, libhdf5-dev, libjson-c-dev (and util-linux, mount for the sandbox) with
##       apt-get, only when missing.
deps:
	@scripts/deps.sh $(APT_PKGS) $(SANDBOX_PKGS)

## build: release build of the dnn-conformance tool.
build: deps
	$(SWIFT) build $(RELEASE) --product dnn-conformance

## install: build, then install the binary and its resource bundle (Fixtures, Python runner) under
##          $(PREFIX)/lib/dnn-conformance, linked from $(PREFIX)/bin; the checkout is not needed after.
install: build
	@scripts/install.sh $(BIN) $(PREFIX)

## test: install what is missing, then run the whole Swift test suite (the grading suite included),
##       then grade a copy of the learner template as shipped, solved, and with a trapping function.
test: deps
	$(SWIFT) test
	@scripts/check-template.sh

## conformance: install, build, run every conformance check of every edition (writes $(REPORT)),
##              then grade our test notebooks of every release as a learner would, and check the
##              stability verdicts the stability report promises.
conformance: build
	@mkdir -p $(dir $(REPORT))
	$(BIN) run --edition all --report $(REPORT)
	$(PYTHON) scripts/check-notebooks.py $(BIN)
	$(PYTHON) scripts/check-stability.py $(REPORT) $(BIN)

## render-check: render the HTML report of a run and of two failing grades in headless Chromium
##               (installed by the script when missing, not by deps) and fail if a page is blank.
render-check: build
	@scripts/render-check $(BIN)

## bench: Swift and NumPy throughput side by side, one after the other (never concurrently),
##        in BENCH_ROUNDS alternating rounds (default 2), each side's best kept.
bench: build
	@scripts/bench.sh $(BIN)

## reference: regenerate Fixtures/ with our own NumPy scripts in reference/.
reference:
	$(PYTHON) reference/generate.py

## clean: remove build products and reports.
clean:
	rm -rf .build reports
