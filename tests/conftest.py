"""Shared fixtures: the real site built once, served on 127.0.0.1, and a real Chromium."""
import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TESTS = Path(__file__).resolve().parent
# A test is marked by its folder; wherever it is, one that asks for a browser or for the built site is
# marked too, so that `-m "not browser and not build"` never starts Chromium or MkDocs.
FOLDER_MARKS = {"browser": "browser", "build": "build"}
FIXTURE_MARKS = {"browser": "browser", "page": "browser", "built_site": "build", "site_url": "build",
                 "editions": "build", "editions_url": "build"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve()
        marks = set()
        if path.is_relative_to(TESTS):
            folder = path.relative_to(TESTS).parts[0]
            marks.update([FOLDER_MARKS[folder]] if folder in FOLDER_MARKS else [])
        marks.update(FIXTURE_MARKS[name] for name in getattr(item, "fixturenames", ()) if name in FIXTURE_MARKS)
        for mark in sorted(marks):
            item.add_marker(getattr(pytest.mark, mark))


def questions(checklist: dict) -> list:
    """The questions of a checklist as written in its step's YAML, in order: under « items », or under the
    « items » of each of its « groups »."""
    if "items" in checklist:
        return checklist["items"]
    return [item for group in checklist["groups"] for item in group["items"]]


def copy_project(destination: Path) -> Path:
    """A copy of the project's content and engine, to build or break without touching the real one."""
    for name in ("docs", "glossary", "initiatives", "roadmap", "schemas", "macros"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, destination / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, destination / name)
    for extra in ("decisions", "assessments"):
        if (ROOT / extra).exists():
            shutil.copytree(ROOT / extra, destination / extra)
    return destination


def english_copy(destination: Path, untranslated=()) -> Path:
    """A copy of the project with its English edition, less the overlays `untranslated` (paths under en/):
    their records are shown in French in the English pages, as a record not translated yet is."""
    project = copy_project(destination)
    shutil.copy(ROOT / "mkdocs.en.yml", project / "mkdocs.en.yml")
    shutil.copytree(ROOT / "en", project / "en")
    for path in untranslated:
        (project / path).unlink(missing_ok=True)
    return project


def booklet_cache(site_dir: Path) -> Path:
    """The cache of PDF booklets a test build uses (GUIDE_CACHE): beside its site, never the project's .cache,
    so that every test session lays its booklets out afresh."""
    return Path(f"{site_dir}-cache")


def mkdocs_build(project: Path, site_dir: Path, extra_env=None, config="mkdocs.yml"):
    # PDF booklets and the offline copy take seconds: made only where a test asks (built_site does).
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_PDF": "0", "GUIDE_CACHE": str(booklet_cache(site_dir)),
           **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(site_dir)],
                          cwd=project, capture_output=True, text=True, env=env)


def _server(tmp_path_factory, name):
    site_dir = tmp_path_factory.mktemp(name)
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler), site_dir


def _serving(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="session")
def _site_server(tmp_path_factory):
    """The folder and the 127.0.0.1 port of the site, known before it is built: Material's instant
    navigation only takes over links listed in sitemap.xml, whose addresses (port included) come from
    site_url, so the site is built for the address it is served at."""
    server, site_dir = _server(tmp_path_factory, "site")
    yield server, site_dir
    server.server_close()


@pytest.fixture(scope="session")
def built_site(_site_server) -> Path:
    """The real content built once for the session (in a temporary folder, not site/), both editions as
    `make build` makes them: French at the root, English in en/, each with its downloads, their booklets
    kept in the same cache folder."""
    server, site_dir = _site_server
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    result = mkdocs_build(ROOT, site_dir, {"GUIDE_PDF": "1", "SITE_URL": address})
    assert result.returncode == 0, result.stderr
    result = mkdocs_build(ROOT, site_dir / "en", {"GUIDE_PDF": "1", "SITE_URL": address,
                                                  "GUIDE_CACHE": str(booklet_cache(site_dir))}, "mkdocs.en.yml")
    assert result.returncode == 0, result.stderr
    return site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(_site_server, built_site):
    server, _site_dir = _site_server
    yield _serving(server)
    server.shutdown()


# The English edition's tests know what is translated: a copy of the guide where this case study and this
# hand-written page have no English, and the term « incubateur » has this one.
UNTRANSLATED = ("en/initiatives/kenya-open-data.yml", "en/docs/licence.md")
INCUBATOR = """term: Incubator
variants: [incubators, business incubator, business incubators]
definition: >-
  A structure that helps project founders turn an idea into a business, or supports a company in its
  very first months, with skills, a network and premises.
"""


@pytest.fixture(scope="session")
def _editions_server(tmp_path_factory):
    server, site_dir = _server(tmp_path_factory, "editions")
    yield server, site_dir
    server.server_close()


@pytest.fixture(scope="session")
def editions(_editions_server, tmp_path_factory) -> Path:
    """Both editions, as `make build` makes them (French at the root, English in en/), from that copy."""
    server, site_dir = _editions_server
    project = english_copy(tmp_path_factory.mktemp("editions-project"), UNTRANSLATED)
    (project / "en/glossary/incubateur.yml").write_text(INCUBATOR, encoding="utf-8")
    address = {"SITE_URL": f"http://127.0.0.1:{server.server_address[1]}/"}
    for config, folder in (("mkdocs.yml", site_dir), ("mkdocs.en.yml", site_dir / "en")):
        result = mkdocs_build(project, folder, address, config)
        assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def editions_url(_editions_server, editions):
    server, _site_dir = _editions_server
    yield _serving(server)
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. A missing browser is a failure, never a skip."""
    from playwright.sync_api import sync_playwright
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} manque : lancez `make test`, qui l'installe"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@contextlib.contextmanager
def new_page(browser, locale="fr-FR"):
    """A page in a context of its own, in this locale; the page's script errors in `page.errors`."""
    context = browser.new_context(locale=locale)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser):
    with new_page(browser) as page:
        yield page


def open_in_sidebar(page, section, link):
    """Click a link of a section of the primary navigation, opening the section first."""
    sidebar = page.locator(".md-sidebar--primary")
    sidebar.locator("label.md-nav__link", has_text=section).first.click()
    sidebar.locator("nav.md-nav", has=page.locator("label.md-nav__title", has_text=section)).get_by_role(
        "link", name=link, exact=True).click()
