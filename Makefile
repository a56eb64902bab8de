# The front door: `make run` and `make test` set everything up on a fresh machine.
# Without DATABASE_URL, an embedded PostgreSQL is started (data in var/postgres/).

PYTHON3 ?= python3
VENV := .venv
PYTHON := $(VENV)/bin/python
MANAGE := $(PYTHON) manage.py
# Development defaults: DEBUG on (settings then start the embedded PostgreSQL when
# DATABASE_URL is unset). Production never goes through this Makefile.
export DEBUG ?= true

.PHONY: run worker bench bench-search bench-sitemaps bench-pages test test-fast lint audit format migrate demo stop migrations-check shell superuser code screenshots

# `make run PORT=8001` for a second checkout or a busy port. Both processes get PORT,
# so that links in the mails the worker sends point at this server (unless SITE_URL).
PORT ?= 8000

run: $(VENV)/.installed-runtime
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo
	@echo "  Site:   http://127.0.0.1:$(PORT)/"
	@echo "  Admin:  http://localhost:$(PORT)/admin/ (demo accounts are printed above,"
	@echo "          once, when created; for a superuser of your own: make superuser;"
	@echo "          a sign-in code without an app: make code ACCOUNT=editor)"
	@echo "  Mail goes to this terminal (set EMAIL_URL to send it)."
	@echo "  Ctrl-C stops the web server and the worker; make stop stops the database."
	@echo
	@trap 'kill 0' EXIT; export PORT=$(PORT); \
		$(MANAGE) worker & \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

# procrastinate's worker, started again by itself after a database outage
# (subscriptions/management/commands/worker.py).
worker: $(VENV)/.installed-runtime
	$(MANAGE) worker

# Fan-out benchmark (bench/README.md): 100,000 followers by default, about 10 minutes.
bench: $(VENV)/.installed-dev
	$(PYTHON) bench/fanout.py $(ARGS)

# Search benchmark: 100,000 guides and 10,000 FAQ entries, 200 queries, about 8 minutes.
bench-search: $(VENV)/.installed-dev
	$(PYTHON) bench/search.py $(ARGS)

# Sitemap benchmark: 100,000 guides served by gunicorn, every sitemap page timed.
bench-sitemaps: $(VENV)/.installed-dev
	$(PYTHON) bench/sitemaps.py $(ARGS)

# Pages under load beside the Wagtail anchor (../shared/bench/wagtail, if present), then
# 10,000 and 100,000 guides (bench/README.md): about 25 minutes. Needs wrk; nginx for
# the proxy rows. Quick look: `make bench-pages ARGS="--sizes 1000" DURATION=3s RUNS=1`.
bench-pages: $(VENV)/.installed-dev
	$(PYTHON) bench/pages.py $(ARGS)

# Everything but the screenshots (pyproject.toml addopts), then lint and the
# dependency audit. CI runs this.
test: $(VENV)/.installed-dev
	$(PYTHON) -m pytest
	$(MAKE) lint
	$(MAKE) audit

# Known vulnerabilities in the pinned releases (pip-audit, which needs PyPI's
# advisory feed): fails on one; says so when the feed cannot be reached.
audit: $(VENV)/.installed-dev
	$(PYTHON) -m tests.security.dependency_audit

# While you work: no browser, no worker or server processes, no screenshots, no lint.
# One pytest process per core (pytest-xdist), each with its own test database.
test-fast: $(VENV)/.installed-dev
	$(PYTHON) -m pytest -n auto -m "not browser and not worker and not servers and not screenshots"

screenshots: $(VENV)/.installed-dev
	$(PYTHON) -m pytest -q -m screenshots
	@echo "Screenshots in var/screenshots/"

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	find articles feedback glossary media_library subscriptions pagecache portal sourcecheck staff trials wordpress tests -name '*.py' -print0 \
		| xargs -0 $(VENV)/bin/django-upgrade --target-version 5.2

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrate: $(VENV)/.installed-runtime
	$(MANAGE) migrate --noinput

demo: $(VENV)/.installed-runtime
	$(MANAGE) load_demo

migrations-check: $(VENV)/.installed-runtime
	$(MANAGE) makemigrations --check --dry-run

shell: $(VENV)/.installed-runtime
	$(MANAGE) shell

superuser: $(VENV)/.installed-runtime
	$(MANAGE) createsuperuser
	@echo "Sign in at http://localhost:$(PORT)/admin/ and set up a second factor, or:"
	@echo "  make code ACCOUNT=<username>   (prints a code to sign in with)"

# Development only: the current sign-in code of a staff account (enrols a development
# authenticator for it the first time). `make code ACCOUNT=editor`
code: $(VENV)/.installed-runtime
	@test -n "$(ACCOUNT)" || { echo "Say whose: make code ACCOUNT=editor"; exit 1; }
	$(MANAGE) staff_code $(ACCOUNT)

stop: $(VENV)/.installed-runtime
	$(PYTHON) -m portal.devdb stop

$(VENV)/bin/python:
	@$(PYTHON3) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (found: $$($(PYTHON3) --version))."; exit 1; }
	$(PYTHON3) -m venv $(VENV) || { echo "On Debian/Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(PYTHON) -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(VENV)/bin/python
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed-runtime
	$(PYTHON) -m pip install --quiet -r requirements-dev.txt
	touch $@
