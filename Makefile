# Every target installs what it needs: a fresh clone needs only python3 (and apt-get for the browser tests).
VENV    := .venv
PY      := $(VENV)/bin/python
SITE    := site
HOST    := 127.0.0.1:8000

.PHONY: install serve build check test test-deps clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-test.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: install
	$(VENV)/bin/mkdocs serve --strict -a $(HOST) --livereload

# Build into a temporary folder and swap: a failed build leaves the previous site/ as it was.
build: install
	rm -rf .site-tmp
	$(VENV)/bin/mkdocs build --strict --quiet -d .site-tmp || { rm -rf .site-tmp; exit 1; }
	rm -rf .site-old; if [ -d $(SITE) ]; then mv $(SITE) .site-old; fi
	mv .site-tmp $(SITE); rm -rf .site-old
	@echo "Site construit dans $(SITE)/"

check: install
	$(PY) -m macros.check

test-deps: install node_modules/.installed
	@command -v chromium >/dev/null || { echo "Installation de Chromium (apt-get)…"; \
	  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null; }

node_modules/.installed: package.json
	@command -v npm >/dev/null || { echo "Installation de Node.js et npm (apt-get)…"; \
	  (apt-get update -qq && apt-get install -y -qq nodejs npm) >/dev/null; }
	npm install --no-audit --no-fund --silent
	touch $@

test: install test-deps
	$(PY) -m pytest -q

clean:
	rm -rf $(SITE) .site-tmp .site-old
