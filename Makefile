# Observatory: `make demo` and `make test` work on a fresh Debian machine.
# Both are idempotent; stamp files make re-runs fast once .venv exists.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR_STAMP := src/observatory/web/static/vendor/.installed
# Every runtime and test dependency, pinned with hashes; `make lock` regenerates it.
LOCK := requirements.lock
LOCK_TOOLS := .venv-lock
UV_VERSION := 0.13.8
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

.PHONY: demo test test-deps assets lock system-deps test-system-deps clean

demo: $(VENV)/.installed assets
	$(BIN)/observatory run examples/reports

# Everything the tests need, installed; CI also runs bench/adversarial.py with it.
test-deps: $(VENV)/.installed-test assets test-system-deps

test: test-deps
	@pg_url="$$(scripts/setup-postgres.sh)" || { \
	    if [ -n "$${CI:-}" ]; then echo "PostgreSQL setup failed" >&2; exit 1; fi; \
	    echo "PostgreSQL unavailable: PostgreSQL tests will be skipped" >&2; pg_url=""; }; \
	export OBSERVATORY_TEST_PG_URL="$${OBSERVATORY_TEST_PG_URL:-$$pg_url}"; \
	status=0; $(BIN)/pytest -q $(PYTEST_ARGS) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: nothing failed" >&2; exit 0; fi; \
	exit $$status

assets: $(VENDOR_STAMP)

$(VENDOR_STAMP): package.json scripts/build-assets.sh scripts/build-base-layer.js
	scripts/install-system-deps.sh npm:npm
	bash scripts/build-assets.sh
	@mkdir -p $(@D) && touch $@

system-deps:
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || scripts/install-system-deps.sh python3-venv

test-system-deps: system-deps
	scripts/install-system-deps.sh postgresql:pg_ctlcluster chromium:chromium chromium-driver:chromedriver

# The venv keeps the pip it is created with: the lock installs with Debian's pip as it is.
$(VENV)/bin/python: | system-deps
	$(PYTHON) -m venv $(VENV)

# Install exactly the locked versions (hash-checked), then Observatory itself without
# resolving anything again.  The lock holds the test extras too, so both stamps are set.
# --no-deps: the lock is complete, so pip has nothing to resolve; resolving would let the
# pip that venv brings (23.x) try a newer release for a dependency's extra
# ("lxml[html_clean]" of justext) and refuse it as unpinned.  `pip check` proves it complete.
$(VENV)/.installed $(VENV)/.installed-test: $(LOCK) pyproject.toml | $(VENV)/bin/python
	$(PYTHON) scripts/check-lock.py pyproject.toml $(LOCK)
	$(BIN)/pip install -q --require-hashes --no-deps -r $(LOCK)
	$(BIN)/pip check
	$(BIN)/pip install -q --no-deps -e .
	@touch $(VENV)/.installed $(VENV)/.installed-test

# Regenerate the lock after editing dependencies in pyproject.toml (needs the package index).
# --universal keeps the markers and hashes of every platform, so one file serves every machine.
lock: | system-deps
	@[ -x $(LOCK_TOOLS)/bin/uv ] || { $(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/pip install -q uv==$(UV_VERSION); }
	$(LOCK_TOOLS)/bin/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
	    --python-version 3.11 --custom-compile-command 'make lock' --quiet -o $(LOCK)

clean:
	rm -rf $(VENV) $(LOCK_TOOLS) build src/observatory/web/static/vendor observatory.db .pytest_cache
