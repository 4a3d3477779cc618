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

bench: $(STAMP) translations
	@for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

lint: $(STAMP)
	$(VENV)/bin/ruff check huiwu ui tests bench tools
	$(VENV)/bin/mypy huiwu ui

bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/huiwu/huiwu --selftest
	@du -sh dist/huiwu

clean:
	rm -rf build dist $(VENV) resources/i18n/*.qm
