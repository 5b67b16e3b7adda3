"""Contributor input is hostile: what it can no longer do, seen in the built pages and in Chromium.

- a hostile value in every plain field of every kind of record: every page loads without a dialog,
  without navigating away, and the page head keeps its one description;
- the Content-Security-Policy of every page refuses an inline script and an inline handler that were
  not in the page at build time, over http:// and over file://.

Through `make` without a browser: tests/build/test_hostile_projects.py; the page text given to MkDocs and
the two schema validators: tests/unit/pages/test_page_text.py, tests/unit/reading/test_validators.py.
"""
import functools
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from project import make, make_project
from macros.kinds import KINDS
from macros.reading import records, schemas

# What an attacker would write in a plain field: leave the attribute, close the element, refresh the page
# to another site, run a template. Accepted as text (it is text), it must reach the page as text.
PLAIN = ('"><script>alert("titre")</script><img src=x onerror=alert(1)> \' autofocus onfocus=\'alert(2)\' '
         '0;url=https://exemple.org/ " http-equiv="refresh {{ 7*7 }}')
# In Markdown fields raw HTML is refused by the checker: entities are the way to try it there.
MARKDOWN = ('&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;&lt;img src=x onerror=alert(4)&gt; '
            '[lien](https://exemple.org/"onmouseover="alert(5)) {{ 7*7 }}')
# Fields whose value the schema constrains (identifiers, references, addresses, dates): no text there.
CONSTRAINED = ("pattern", "format", "enum")


def _plain_pattern(node):
    return node.get("pattern") in (None, "^[^\\n]*\\S[^\\n]*$")


def _poison(value, path, kind, markdown_paths):
    """The record with the payload added to every free text it holds."""
    if isinstance(value, dict):
        return {key: _poison(item, path + (key,), kind, markdown_paths) for key, item in value.items()}
    if isinstance(value, list):
        return [_poison(item, path + (index,), kind, markdown_paths) for index, item in enumerate(value)]
    if not isinstance(value, str):
        return value
    node = schemas.node_at(kind, path)
    if any(key in node for key in CONSTRAINED if key != "pattern") or not _plain_pattern(node):
        return value
    generic = tuple("*" if isinstance(part, int) else part for part in path)
    if generic in markdown_paths:
        return f"{value} {MARKDOWN}"
    if path and path[-1] in ("synonyms", "variants") or (len(path) > 1 and path[-2] in ("synonyms", "variants")):
        return value      # a glossary form is matched in every page's text: not a field to fill with words
    return f"{value} {PLAIN}"


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("poisoned") / "project")
    for kind, path in records.record_files(project, KINDS):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        markdown_paths = {tuple(pattern) for pattern in kind.markdown_fields}
        poisoned = _poison(data, (), kind.name, markdown_paths)
        path.write_text(yaml.safe_dump(poisoned, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    check = make(project, "check")
    assert check.returncode == 0, check.stderr
    build = make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    return project / "site"


def _pages(site: Path):
    return sorted(p for p in site.rglob("*.html") if "telechargements" not in p.parts)


def test_every_plain_field_of_every_kind_was_poisoned(poisoned_site):
    """The attack reached each kind of page (otherwise the browser test below would prove nothing)."""
    for page in ("initiatives/ville-test", "glossaire/incubateur", "economie/lieux", "economie",
                 "arbre-de-decision", "autodiagnostic"):
        html = (poisoned_site / page / "index.html").read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in html, page
        assert "{{ 7*7 }}" in html and "49" not in re.sub(r"<[^>]*>", "", html).replace("2049", ""), page
        assert html.count('<meta name="description"') == 1, page
        assert '<meta http-equiv="refresh"' not in html and "http-equiv=\"refresh" not in html.split("<body", 1)[0]


@pytest.fixture(scope="module")
def served(poisoned_site):
    handler = functools.partial(_Quiet, directory=str(poisoned_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_with_a_payload_in_every_field_every_page_loads_without_dialog_or_redirect(browser, served, poisoned_site):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        for path in _pages(poisoned_site):
            relative = path.relative_to(poisoned_site).as_posix()
            url = f"{served}/{relative}"
            page.goto(url)
            page.wait_for_timeout(150)
            page.mouse.move(200, 300)
            page.keyboard.press("Tab")
            assert page.url == url, f"{relative} a mené ailleurs : {page.url}"
        assert dialogs == [] and errors == []
    finally:
        context.close()


def _violations(page):
    found = []
    page.on("console", lambda message: found.append(message.text)
            if "Content Security Policy" in message.text else None)
    return found


@pytest.mark.parametrize("scheme", ["http", "file"])
def test_an_inline_script_or_handler_added_after_the_build_is_blocked(browser, served, poisoned_site, tmp_path, scheme):
    site = tmp_path / "site"
    shutil.copytree(poisoned_site, site)
    target = site / "initiatives" / "ville-test" / "index.html"
    html = target.read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Security-Policy"' in html
    target.write_text(html.replace("</body>", '<script>window.gbInjected = 1</script>'
                                   '<img src="x" onerror="window.gbHandler = 1"></body>'), encoding="utf-8")
    if scheme == "file":
        url = target.as_uri()
    else:
        handler = functools.partial(_Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/initiatives/ville-test/"
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    violations = _violations(page)
    try:
        page.goto(url)
        page.wait_for_timeout(300)
        assert page.evaluate("window.gbInjected") is None
        assert page.evaluate("window.gbHandler") is None
        assert len([text for text in violations if "script-src" in text]) == 2, violations
        # The site's own scripts still ran (Material's start and its bundle, the checklists).
        assert page.evaluate("typeof window.__md_get") == "function"
        assert page.evaluate("typeof window.document$") == "object"
    finally:
        context.close()
        if scheme == "http":
            server.shutdown()
            server.server_close()


def test_every_built_page_carries_the_policy_first_in_its_head(poisoned_site):
    for path in sorted(poisoned_site.rglob("*.html")):
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
        assert policy, path
        assert head.index("Content-Security-Policy") < head.find("<script"), path
        directives = dict(d.strip().split(" ", 1) for d in policy.group(1).split(";"))
        assert directives["object-src"] == "'none'" and directives["base-uri"] == "'none'"
        assert directives["form-action"] == "'none'"
        assert directives["script-src"] == "'self'"
        assert "<script>" not in path.read_text(encoding="utf-8"), path
    assert (poisoned_site / "_headers").read_text(encoding="utf-8") == (
        "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'\n")
