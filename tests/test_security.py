"""Contributor input is hostile: what it can no longer do, seen in the built pages and in Chromium.

- a hostile value in every plain field of every kind of record: every page loads without a dialog,
  without navigating away, and the page head keeps its one description;
- the Content-Security-Policy of every page refuses an inline script and an inline handler that were
  not in the page at build time, over http:// and over file://;
- generated pages never reach mkdocs-macros, whatever their text holds, even with macros on by default;
- symbolic links in the record folders and in docs/ are refused with their path, and never followed;
- both schema validators give the same verdict on every fixture.
"""
import functools
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from project import make, make_project
from macros.kinds import KINDS
from macros.reading import records, schemas, yamlload

FIXTURES = ROOT / "tests" / "fixtures"
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


def test_an_inline_script_in_a_built_page_fails_the_build(tmp_path):
    """Whatever put it there (a theme update, a missed escape), it would be blocked: nothing is published."""
    project = make_project(tmp_path / "project")
    page = project / "docs" / "a-propos.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n<script>window.x = 1</script>\n', encoding="utf-8")
    build = make(project, "build")
    assert build.returncode != 0
    assert ("a-propos.md : script en ligne refusé par la politique de sécurité des pages (Content-Security-Policy) ; "
            "les scripts du site sont des fichiers de docs/assets/js/") in build.stdout + build.stderr


def test_generated_pages_never_reach_mkdocs_macros_even_when_macros_render_by_default(tmp_path):
    """A text that looks like a YAML header, a title full of template syntax, and mkdocs.yml switched
    back to rendering every page: the case study's page still shows what was written."""
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("render_by_default: false", "render_by_default: true"),
                      encoding="utf-8")
    record = project / "initiatives" / "ville-test.yml"
    record.write_text(record.read_text(encoding="utf-8")
                      .replace("title: Ville test", 'title: "Ville {{ 7*7 }}"')
                      .replace("body: |\n  La ville a ouvert un lieu.",
                               "body: |\n  ---\n  render_macros: true\n  ---\n  La ville {{ 6*7 }} a ouvert un lieu."),
                      encoding="utf-8")
    build = make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    html = (project / "site" / "initiatives" / "ville-test" / "index.html").read_text(encoding="utf-8")
    assert "Ville {{ 7*7 }}</h1>" in html and "La ville {{ 6*7 }} a ouvert un lieu." in html
    assert "<title>Ville {{ 7*7 }} - " in html
    assert "Ville 49" not in html and " 42 " not in html


def test_generated_page_text_has_no_metadata_for_mkdocs_to_read():
    from mkdocs.utils.meta import get_data
    from macros.pages.render import PageText
    for text in ("---\nrender_macros: true\n---\n# Titre", "render_macros: true\ntitle: x\n\n# Titre",
                 "\x7f---\nrender_macros: true\n---\n"):
        page = PageText(text, {"description": "x"})
        assert get_data(str(page))[1] == {}


def _project_and_secret(tmp_path, name, text):
    """A project, and a folder beside it holding one file a link could reach."""
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / name).write_text(text, encoding="utf-8")
    return make_project(tmp_path / "project"), outside


def test_symbolic_links_in_record_folders_are_refused_and_never_followed(tmp_path):
    project, outside = _project_and_secret(tmp_path, "mot-de-passe.yml", "title: secret\n")
    (project / "initiatives" / "lien.yml").symlink_to(outside / "mot-de-passe.yml")
    (project / "glossary" / "dossier").symlink_to(outside)
    (project / "roadmap" / "ailleurs").symlink_to(outside)
    check = make(project, "check")
    assert check.returncode != 0
    message = "lien symbolique refusé : le guide ne lit que des fichiers ordinaires du dépôt ; " \
              "remplacez le lien par le fichier lui-même"
    lines = [line for line in check.stderr.splitlines() if ":1:1: " in line]
    assert lines == [f"glossary/dossier:1:1: {message}", f"initiatives/lien.yml:1:1: {message}",
                     f"roadmap/ailleurs:1:1: {message}"]
    assert "mot-de-passe" not in check.stderr and "secret" not in check.stderr


def test_symbolic_links_in_docs_are_refused_before_mkdocs_lists_them(tmp_path):
    project, outside = _project_and_secret(tmp_path, "cle.txt", "confidentiel")
    (project / "docs" / "copie.md").symlink_to(outside / "cle.txt")
    (project / "docs" / "assets" / "dehors").symlink_to(outside)
    build = make(project, "build")
    output = build.stdout + build.stderr
    assert build.returncode != 0
    assert "docs/assets/dehors:1:1: lien symbolique refusé" in output
    assert "docs/copie.md:1:1: lien symbolique refusé" in output
    assert "cle.txt" not in output and not (project / "site" / "copie").exists()


def _fixture_documents():
    folders = [FIXTURES / "mini", ROOT] + sorted((FIXTURES / "bad").iterdir()) + sorted((FIXTURES / "accepted").iterdir())
    for folder in folders:
        for kind, path in records.record_files(folder, KINDS):
            if path.suffix == ".yml" and not path.is_symlink():
                yield kind.name, path


def test_both_validators_give_the_same_verdict_on_every_fixture():
    if schemas.jsonschema_rs is None:
        pytest.fail("jsonschema-rs manque : il est dans requirements.txt")
    compared = 0
    for kind, path in _fixture_documents():
        document = yamlload.load(path.name, path.read_bytes())
        if document.data is None:
            continue
        python = schemas.validator(kind).is_valid(document.data)
        rust = schemas._fast_validator(kind).is_valid(document.data)
        assert python == rust, f"{path}: Python {python}, Rust {rust}"
        compared += 1
    assert compared > 150
