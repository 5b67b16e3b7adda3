# Every target installs what it needs: a fresh clone needs only python3 (and apt-get for the browser tests).
VENV    := .venv
PY      := $(VENV)/bin/python
SITE    := site
HOST    := 127.0.0.1:8000
# PDF booklets, spreadsheets and offline copy, each edition its own: made by `make build`, skipped with
# `make build GUIDE_PDF=0`, never by serve.
GUIDE_PDF ?= 1
# Material's end-of-life notice (May 2027, see README) is printed by every MkDocs command; said once there.
export NO_MKDOCS_2_WARNING := 1
# apt-get waits for another package manager to finish (unattended upgrades on a fresh machine) instead of failing.
APT := apt-get -o DPkg::Lock::Timeout=600

.PHONY: install serve serve-en build check translations translations-stamp new-initiative test test-deps clean print-deps bench-web bench-build bench-serve

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-test.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: install
	GUIDE_PDF=0 $(VENV)/bin/mkdocs serve --strict --dirty -a $(HOST) --livereload

# The English edition alone, at the same address (its links to the French pages lead nowhere there).
serve-en: install
	GUIDE_PDF=0 $(VENV)/bin/mkdocs serve --strict --dirty -a $(HOST) --livereload -f mkdocs.en.yml

# Build into a temporary folder and swap: a failed build leaves the previous site/ as it was. The English
# edition (mkdocs.en.yml) is built into its folder en/, after the French one, which empties the folder first.
build: install print-deps
	rm -rf .site-tmp
	GUIDE_PDF=$(GUIDE_PDF) $(VENV)/bin/mkdocs build --strict -d .site-tmp || { rm -rf .site-tmp; exit 1; }
	GUIDE_PDF=$(GUIDE_PDF) $(VENV)/bin/mkdocs build --strict -f mkdocs.en.yml -d .site-tmp/en || { rm -rf .site-tmp; exit 1; }
	rm -rf .site-old; if [ -d $(SITE) ]; then mv $(SITE) .site-old; fi
	mv .site-tmp $(SITE); rm -rf .site-old
	@echo "Site construit dans $(SITE)/"

# make check OU=initiatives/ma-ville-mon-projet.yml also says where the site will show that case study.
check: install
	$(PY) -m macros.cli.check $(if $(OU),--where $(OU))

# Where the English edition stands: overlays that cannot be used (errors), texts to translate or to review.
translations: install
	$(PY) -m macros.cli.translations

# After bringing English overlays up to date: record the French text they were made from (FILES=… for some).
translations-stamp: install
	$(PY) -m macros.cli.translations --stamp $(FILES)

# A new case study, written from schemas/initiative.schema.json: make new-initiative SLUG=ma-ville-mon-projet
new-initiative: install
	@$(PY) -m macros.cli.scaffold "$(SLUG)"

test-deps: install print-deps node_modules/.installed
	@command -v chromium >/dev/null || { echo "Installation de Chromium (apt-get)…"; \
	  ($(APT) update -qq && $(APT) install -y -qq chromium) >/dev/null; }

node_modules/.installed: package.json
	@command -v npm >/dev/null || { echo "Installation de Node.js et npm (apt-get)…"; \
	  ($(APT) update -qq && $(APT) install -y -qq nodejs npm) >/dev/null; }
	npm install --no-audit --no-fund --silent
	touch $@

# WeasyPrint (the PDF booklets) lays out text with Debian's Pango and needs at least one font.
print-deps:
	@{ ldconfig -p | grep -q libpangoft2-1.0.so.0 && [ -n "$$(fc-list 2>/dev/null)" ]; } || { \
	  echo "Installation de Pango et d'une police pour les PDF (apt-get)…"; \
	  ($(APT) update -qq && $(APT) install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core) >/dev/null; }

# Page weight, search index and Lighthouse scores of the built site; a benchmark, not part of `make test`.
bench-web: build test-deps
	$(PY) -m benchmarks.web $(SITE)

# Build time, memory and sizes at 100 to 2,000 case studies against bare MkDocs Material (see the README).
# BENCH_SIZES=100,500 for a shorter run. A benchmark, not part of `make test`.
BENCH_SIZES ?= 100,500,1000,2000
bench-build: install
	$(PY) -m benchmarks.build --sizes $(BENCH_SIZES)

# Time from an edit of one case study to the page served by `make serve` showing it, at 500 case studies.
bench-serve: install
	$(PY) -m benchmarks.serve --initiatives 500

test: install test-deps
	$(PY) -m pytest -q

clean:
	rm -rf $(SITE) .site-tmp .site-old
