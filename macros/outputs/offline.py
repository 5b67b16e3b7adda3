"""The offline copy (telechargements/guide-hors-ligne.zip): the site just built, made to be opened from a
folder (file://), zipped. Nothing is built a second time: once MkDocs has written the site, each of its
files goes into the zip as it is, or with what a file needs changed.

From a file, a browser shows a folder's listing rather than its index.html, may start no Web Worker and
may fetch nothing; so, in the copy:
- every link of a page to a folder (x/y/, ./, ..) names the folder's index.html (`local_link`);
- Material's configuration in each page loses instant navigation, which from a file could not load its
  sitemap and then kept every script of the guide from starting (`with_file_config`);
- a shim of our own (assets/js/file-worker.js) runs Material's search worker in a hidden frame, and the
  search index is a script (search/search_index.js, read by Material from a file as its offline plugin
  writes it), its addresses rewritten as the links;
- the list of every case study (initiatives/liste-complete.js) names each page's index.html;
- what the copy never uses is left out (`LEFT_OUT`), and so is the offer of the zip itself.

Each edition's copy holds that edition alone (the English copy is made from en/, its pages without the
language selector), with a short guide to itself in its language at the top of the folder: LISEZ-MOI.txt
in French, README.txt in English (the name a reader of that language looks for; both from the
catalogue, `offline.*`).

The size of the zip is known only once it is made, after the pages that offer it: they show
`SIZE_MARKER` in its place (outputs/downloads.py), replaced by `make` in the site once the zip is written.
Plain functions on strings and files: the MkDocs hook calls `make` at the end of the build.
"""
import json
import re
import zipfile
from pathlib import Path

from macros import addresses
from macros.pages import initiatives_data
from macros.pages.catalogue import Catalogue

FOLDER = "guide-hors-ligne"
# Material's offline plugin loads a worker shim from a public CDN; the copy must work without network
# and the site never asks another host, so a shim of our own, shipped with the site, stands in for it.
WORKER_SHIM = "assets/js/file-worker.js"
# Letters only: neither the typography pass, nor HTML escaping, nor the glossary's links change it.
SIZE_MARKER = "GBTAILLEDUGUIDEHORSLIGNE"
SEARCH_INDEX = "search/search_index.json"
SEARCH_SCRIPT = "search/search_index.js"
# The error page is only ever shown by a web server (its links start at the server's root), and the hosts'
# files (outputs.hosting) are only read by one; the sitemaps serve search engines and instant navigation, the source maps a developer's tools.
# The search index goes in as a script only (`search_script`): from a file, Material never reads the JSON.
LEFT_OUT = {"404.html", "_headers", "_redirects", ".htaccess", "sitemap.xml", "sitemap.xml.gz",
            addresses.OFFLINE_ZIP}

# An attribute inside a tag (a `>` follows before any `<`), not the same words in a page's text.
_URL_ATTRIBUTE = re.compile(r'(?<=\s)(href|src|srcset)="([^"]*)"(?=[^<>]*>)')
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# The item of a list that offers the zip: in a page, and as the search index keeps it (without its link).
_ZIP_OFFER = re.compile(rf"<li\b[^>]*>(?:(?!</?li\b).)*?{SIZE_MARKER}(?:(?!</?li\b).)*?</li>\s*", re.S)


def local_link(url: str) -> str:
    """A relative link as it works from a file: one to a folder names its index.html ("../x/" →
    "../x/index.html", "." → "./index.html", "../x/?a=b#c" → "../x/index.html?a=b#c"); links to files,
    to another site, to the server's root and within the page are left as they are."""
    if not url or url.startswith(("#", "?", "/")) or _SCHEME.match(url):
        return url
    cut = min((url.find(mark) for mark in "?#" if mark in url), default=len(url))
    path, rest = url[:cut], url[cut:]
    if path.endswith("/"):
        return f"{path}index.html{rest}"
    if path.rsplit("/", 1)[-1] in (".", ".."):
        return f"{path}/index.html{rest}"
    return url


def _local_srcset(value: str) -> str:
    # "a.png 1x, b.png 2x": each candidate's address, then its descriptor.
    candidates = [candidate.strip().split(None, 1) for candidate in value.split(",") if candidate.strip()]
    return ", ".join(" ".join([local_link(parts[0])] + parts[1:]) for parts in candidates)


def with_local_links(html: str) -> str:
    """Every href, src and srcset of a page as it works from a file (`local_link`). The canonical
    address, absolute, stays the online one."""
    def local(match):
        name, value = match.group(1), match.group(2)
        new = _local_srcset(value) if name == "srcset" else local_link(value)
        return match.group(0) if new == value else f'{name}="{new}"'
    return _URL_ATTRIBUTE.sub(local, html)


def with_file_config(html: str) -> str:
    """Material's configuration of the page without instant navigation: from a file it cannot load the
    sitemap, and then never announces the page shown (document$), so that no script of the guide starts
    (checklists, filters, decision tree…). Each page of the copy is opened as a file instead."""
    def without_instant(match):
        config = json.loads(match.group(2))
        config["features"] = [feature for feature in config.get("features") or []
                              if not feature.startswith("navigation.instant")]
        text = json.dumps(config, ensure_ascii=False)
        # As Jinja's tojson writes it: nothing in the script's text may close the script.
        for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027")):
            text = text.replace(char, escaped)
        return match.group(1) + text + match.group(3)
    return _CONFIG.sub(without_instant, html, count=1)


def with_worker_shim(html: str, path: str) -> str:
    """The page (at `path` in the copy) loading file-worker.js in its head, before Material's bundle
    (deferred) asks for a worker."""
    shim = "../" * path.count("/") + WORKER_SHIM
    return html.replace("</head>", f'<script src="{shim}"></script></head>', 1)


def without_zip_offer(text: str) -> str:
    """The page without its offer of the zip, which the copy does not hold."""
    return _ZIP_OFFER.sub("", text) if SIZE_MARKER in text else text


_OTHER_EDITIONS = re.compile(r"<!-- gb-editions -->.*?<!-- /gb-editions -->|<link\b[^>]*\bhreflang=[^>]*>", re.S)


def without_other_editions(html: str) -> str:
    """The copy holds one edition: no language selector, no alternate link, leading to pages it lacks."""
    return _OTHER_EDITIONS.sub("", html)


def page(html: str, path: str) -> str:
    """A built page (at `path` under the site) as the copy has it."""
    return with_worker_shim(with_file_config(with_local_links(without_zip_offer(without_other_editions(html)))), path)


def search_script(index: str) -> str:
    """Material's search index (its JSON) as the script Material reads from a file, as its offline plugin
    writes it, each result's address naming a file (the home page: "" → "index.html")."""
    data = json.loads(index)
    for entry in data.get("docs", []):
        # Relative to the site's root: "" is the home page, "#x" a part of it.
        entry["location"] = local_link("./" + entry.get("location", "")).removeprefix("./")
        entry["text"] = without_zip_offer(entry.get("text", ""))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "var __index = " + text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def initiatives_script(script: str) -> str:
    """The list of every case study (initiatives/liste-complete.js), its pages' address naming a file."""
    name, _, value = script.partition("=")
    data = json.loads(value.rstrip().removesuffix(";"))
    data["address"] = local_link(data["address"])
    return initiatives_data.script(name.removeprefix("window."), data)


def left_out(path: str) -> bool:
    """Whether the site's file at `path` stays out of the copy, which never uses it."""
    return path in LEFT_OUT or path.endswith(".map")


def _copy(archive: zipfile.ZipFile, path: str, file: Path) -> bool:
    """Put the site's file at `path` into the copy; True if the online file shows SIZE_MARKER."""
    rewrite = {SEARCH_INDEX: search_script, addresses.INITIATIVES_DATA: initiatives_script}.get(path)
    if not path.endswith(".html") and rewrite is None:
        archive.write(file, f"{FOLDER}/{path}")
        return False
    text = file.read_text(encoding="utf-8")
    if path.endswith(".html"):
        archive.writestr(f"{FOLDER}/{path}", page(text, path))
    else:
        archive.writestr(f"{FOLDER}/{SEARCH_SCRIPT if path == SEARCH_INDEX else path}", rewrite(text))
    return SIZE_MARKER in text


def readme(messages: Catalogue, site_url: str = "") -> str:
    """The copy's guide to itself, in the edition's language, with the online guide's address if known."""
    online = f"\n{messages.text('booklet.online_guide', address=site_url)}\n" if site_url else ""
    return messages.text("offline.readme") + online


def write(site_dir: Path, zip_path: Path, site_url: str = "", messages: Catalogue = None) -> list:
    """Zip the copy of the site built in `site_dir` into `zip_path`, each file under guide-hors-ligne/,
    with its README in the language of `messages` (French when not given).
    Returns the site's files that show SIZE_MARKER (read here anyway), for `fill_size`."""
    messages = messages or Catalogue()
    showing_size = []
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    # Level 9 made the zip 0.3 % smaller than the default level, for twice the time.
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(site_dir.rglob("*")):
            path = file.relative_to(site_dir).as_posix()
            if file.is_file() and not left_out(path) and _copy(archive, path, file):
                showing_size.append(file)
        archive.writestr(f"{FOLDER}/{messages.text('offline.readme_file')}", readme(messages, site_url))
    return showing_size


def fill_size(files: list, label: str) -> None:
    """Give the zip's size where the site's pages (and its search index) showed SIZE_MARKER."""
    for file in files:
        file.write_text(file.read_text(encoding="utf-8").replace(SIZE_MARKER, label), encoding="utf-8")


def make(site_dir: Path, download, site_url: str = "") -> None:
    """The offline copy of the site written in `site_dir`, zipped at `download.path` under it; then its
    size, once known, in the pages that offer it. download: the copy's Download (outputs/downloads.py),
    whose size is None until now."""
    zip_path = site_dir / download.path
    showing_size = write(site_dir, zip_path, site_url, download.messages)
    download.size = zip_path.stat().st_size
    fill_size(showing_size, download.size_label)
