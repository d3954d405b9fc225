# Observatory: `make demo` and `make test` work on a fresh Debian machine.
# Both are idempotent; stamp files make re-runs fast once .venv exists.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR_STAMP := src/observatory/web/static/vendor/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

.PHONY: demo test assets system-deps test-system-deps clean

demo: $(VENV)/.installed assets
	$(BIN)/observatory run examples/reports

test: $(VENV)/.installed-test assets test-system-deps
	@pg_url="$$(scripts/setup-postgres.sh)" || { \
	    if [ -n "$${CI:-}" ]; then echo "PostgreSQL setup failed" >&2; exit 1; fi; \
	    echo "PostgreSQL unavailable: PostgreSQL tests will be skipped" >&2; pg_url=""; }; \
	export OBSERVATORY_TEST_PG_URL="$${OBSERVATORY_TEST_PG_URL:-$$pg_url}"; \
	status=0; $(BIN)/pytest -q $(PYTEST_ARGS) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: nothing failed" >&2; exit 0; fi; \
	exit $$status

assets: $(VENDOR_STAMP)

$(VENDOR_STAMP): package.json scripts/build-assets.sh
	scripts/install-system-deps.sh npm:npm
	bash scripts/build-assets.sh
	@mkdir -p $(@D) && touch $@

system-deps:
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || scripts/install-system-deps.sh python3-venv

test-system-deps: system-deps
	scripts/install-system-deps.sh postgresql:pg_ctlcluster chromium:chromium chromium-driver:chromedriver

$(VENV)/bin/python: | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build src/observatory/web/static/vendor observatory.db .pytest_cache
