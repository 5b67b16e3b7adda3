"""Every link of the built site holds: each internal href and src names a file, each #fragment an id of
its page; links to other sites carry rel="noopener". Plus what each generated page says under it:
« Dernière mise à jour » (from git) and « Modifier cette page » (its YAML file)."""
import subprocess
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import ROOT
from site_html import french_date

# Where a page points with these attributes, a reader's browser will fetch or go.
LINKING = {"href", "src", "action", "poster", "data"}
SCHEMES = ("http:", "https:", "mailto:", "tel:")


class _Page(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.anchors = set(), [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name") if tag in ("a", "map") else ("id",):
            if attrs.get(name):
                self.ids.add(attrs[name])
        for name in LINKING & attrs.keys():
            if attrs[name] is not None:
                self.links.append((tag, name, attrs[name]))
        if attrs.get("srcset"):
            self.links += [(tag, "srcset", part.split()[0]) for part in attrs["srcset"].split(",") if part.strip()]
        if tag in ("a", "area") and attrs.get("href"):
            self.anchors.append(attrs)

    handle_startendtag = handle_starttag


@lru_cache(maxsize=None)
def parse(path: Path) -> _Page:
    return _Page(path.read_text(encoding="utf-8"))


def html_files(site: Path):
    return sorted(p for p in site.rglob("*.html"))


@pytest.fixture(scope="module")
def address(_site_server, built_site):
    return f"http://127.0.0.1:{_site_server[0].server_address[1]}/"


def target_file(site: Path, page: Path, link: str, address: str):
    """The file a link leads to inside the site (None for another site), and its fragment."""
    if link.startswith(address):
        link = "/" + link[len(address):]
    parts = urlsplit(link)
    if parts.scheme or link.startswith("//"):
        return None, None
    if not parts.path:
        return page, unquote(parts.fragment)
    base = "/" + page.relative_to(site).as_posix()
    path = unquote(urlsplit(urljoin(base, parts.path)).path)
    target = site / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_every_internal_link_and_fragment_holds(built_site, address):
    broken = []
    pages = html_files(built_site)
    assert len(pages) > 20
    for page in pages:
        for tag, attribute, link in parse(page).links:
            where = f"{page.relative_to(built_site)} <{tag} {attribute}={link!r}>"
            if link.lower().startswith(("javascript:", "data:text", "vbscript:")):
                broken.append(f"{where} : lien qui exécute du code")
                continue
            if link.startswith("data:") or (urlsplit(link).scheme and not link.startswith(address)):
                continue
            target, fragment = target_file(built_site, page, link, address)
            if not target.resolve().is_relative_to(built_site.resolve()):
                broken.append(f"{where} : hors du site")
            elif not target.is_file():
                broken.append(f"{where} : {target.relative_to(built_site)} n'existe pas")
            elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{where} : pas d'élément id={fragment!r} dans {target.relative_to(built_site)}")
    assert broken == []


def test_links_to_other_sites_carry_noopener(built_site, address):
    missing = []
    external = 0
    for page in html_files(built_site):
        for attrs in parse(page).anchors:
            href = attrs["href"]
            if href.lower().startswith(("http://", "https://", "//")) and not href.startswith(address):
                external += 1
                if "noopener" not in (attrs.get("rel") or "").split():
                    missing.append(f"{page.relative_to(built_site)} : {href}")
    assert external > 50   # sources, contributor links, the edit button, Material's footer
    assert missing == []


def git_date(path):
    result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path], cwd=ROOT,
                            capture_output=True, text=True)
    return result.stdout.strip()


def updated_under(page_html):
    start = page_html.find('<aside class="md-source-file gb-updated">')
    return page_html[start:page_html.index("</aside>", start)] if start >= 0 else None


@pytest.mark.parametrize("page, source", [
    ("initiatives/datacity-casablanca", "initiatives/datacity-casablanca.yml"),
    ("developpement-economique/feuille-de-route", "roadmap/developpement-economique/feuille-de-route.yml"),
    ("developpement-economique", "roadmap/developpement-economique.yml"),
    ("a-propos", "docs/a-propos.md"),
])
def test_page_says_when_its_file_last_changed_and_edits_it(built_site, page, source):
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    date = git_date(source)
    assert date, f"{source} n'a pas d'historique git"
    assert " ".join(updated_under(html).split()) == (
        f'<aside class="md-source-file gb-updated"> <p>Dernière mise à jour : '
        f'<time datetime="{date}">{french_date(date)}</time></p>')
    edit = parse(built_site / page / "index.html").anchors
    buttons = [a for a in edit if "edit" in (a.get("rel") or "").split()]
    assert len(buttons) == 1
    assert buttons[0]["title"] == "Modifier cette page"
    assert buttons[0]["href"].endswith("/edit/main/" + source)


def test_folder_pages_date_from_their_newest_file_and_open_the_folder(built_site):
    html = (built_site / "initiatives/index.html").read_text(encoding="utf-8")
    dates = [git_date(p.relative_to(ROOT).as_posix()) for p in (ROOT / "initiatives").glob("*.yml")]
    newest = max(d for d in dates if d)
    assert f'<time datetime="{newest}">' in updated_under(html)
    [button] = [a for a in parse(built_site / "initiatives/index.html").anchors if "edit" in a.get("rel", "")]
    assert button["href"].endswith("/tree/main/initiatives/")


def test_outside_git_pages_simply_show_no_date(tmp_path):
    from conftest import mkdocs_build
    from corpus import make_corpus, with_engine
    project = make_corpus(tmp_path)   # a temporary folder: no git history
    with_engine(project)
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out/initiatives/ville-test/index.html").read_text(encoding="utf-8")
    assert updated_under(html) is None and "Dernière mise à jour" not in html
    assert 'title="Modifier cette page"' in html
