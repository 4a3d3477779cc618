# The two set-up commands of the README: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test bench lint bundle translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[postgres,test,build]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) tools/i18n.py release

run: $(STAMP) translations
	$(VENV)/bin/huiwu

test: $(STAMP) translations
	$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# Every bench runs (bench/_*.py are helpers), a failing one does not hide the others; then every "goal" line
# again, together (bench/_goals.py). Exit status 1 if a bench crashed; `make bench STRICT=1`: a MISS too.
bench: $(STAMP) translations
	@logs=$$(mktemp -d); \
	for b in bench/[!_]*.py; do \
	  name=$$(basename $$b .py); echo "== $$b"; began=$$(date +%s); \
	  { PYTHONUNBUFFERED=1 QT_QPA_PLATFORM=offscreen $(PY) $$b 2>&1; echo $$? > $$logs/$$name.rc; } \
	    | tee $$logs/$$name.log; \
	  echo $$(( $$(date +%s) - began )) > $$logs/$$name.seconds; \
	done; \
	$(PY) bench/_goals.py $(if $(STRICT),--strict) $$logs; code=$$?; rm -rf $$logs; exit $$code

lint: $(STAMP)
	$(VENV)/bin/ruff check huiwu ui tests bench tools
	$(VENV)/bin/mypy huiwu ui

bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/huiwu/huiwu --selftest
	dist/huiwu/huiwu-cli --help > /dev/null
	@echo "bundle: $$(du -sm dist/huiwu | cut -f1) MB in dist/huiwu"

clean:
	rm -rf build dist $(VENV) resources/i18n/*.qm
