"""Every address of the site: where each page sits among the docs, the names no record may take, and the
relative links between pages. Nothing else builds a page path (templates get this module as `addresses`).

Paths are MkDocs source paths ("initiatives/x.md"); a link is relative, for directory URLs (x/y.md is
served as x/y/) or, for a site built with MkDocs' use_directory_urls: false, for x/y.html
(`Links(directory_urls=False)`). The offline copy keeps directory URLs: outputs/offline.py makes each
link to a folder name its index.html.
A leaf module: every stage may import it, it imports none of them.
"""
import posixpath
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HOME = "index.md"
GLOSSARY = "glossaire.md"
TERMS = "glossaire/"                      # one page per term, in this folder
INITIATIVES = "initiatives/index.md"      # page 1 of the index, where every link to the index points
# A case study is initiatives/<slug>.md and a slug has no "/": a page in the sub-folder "page/" can never
# take a case study's address, whatever its slug (« page », « page-2 »…).
INITIATIVES_PAGES = "initiatives/page"
INITIATIVES_DATA = "initiatives/liste-complete.js"    # beside page 1: addresses in it are relative to it
DEVICES_DATA = "initiatives/dispositifs.js"
CHECKLISTS = "checklists/index.md"
TRANSLATIONS = "traductions.md"           # where the English edition stands, for maintainers
QUESTIONS = "questions-cles.md"
IDEAS = "boites-a-idees.md"
DECISION_TREES = "arbre-de-decision"
MAIN_DECISION_TREE = "dispositifs"        # the first tree keeps the address the guide always had
DOWNLOADS = "telechargements"
ALL_CHECKLISTS_PDF = f"{DOWNLOADS}/toutes-les-listes.pdf"
ALL_CHECKLISTS_XLSX = f"{DOWNLOADS}/toutes-les-listes.xlsx"
WHOLE_GUIDE_PDF = f"{DOWNLOADS}/guide-complet.pdf"
OFFLINE_ZIP = f"{DOWNLOADS}/guide-hors-ligne.zip"

# The parameters a filtered index reads in its address, which are also the names of its form's fields
# (links to « the initiatives of this step » are written with them).
PARAMETERS = {"text": "texte", "country": "pays", "domain": "domaine", "step": "etape", "tag": "mot-cle",
              "device": "dispositif", "year": "annee"}


def domain(slug: str) -> str:
    return f"{slug}/index.md"


def step(domain_slug: str, slug: str) -> str:
    return f"{domain_slug}/{slug}.md"


def initiative(slug: str) -> str:
    return f"initiatives/{slug}.md"


def initiatives_page(number: int) -> str:
    return INITIATIVES if number == 1 else f"{INITIATIVES_PAGES}/{number}.md"


def term(slug: str) -> str:
    return f"{TERMS}{slug}.md"


def term_of_page(src_uri: str):
    """The slug of the term a page shows, or None for any other page."""
    if src_uri.startswith(TERMS) and src_uri.endswith(".md"):
        return src_uri[len(TERMS):-3]
    return None


def decision_tree(slug: str) -> str:
    return f"{DECISION_TREES}.md" if slug == MAIN_DECISION_TREE else f"{DECISION_TREES}/{slug}.md"


def assessment(slug: str) -> str:
    return f"{slug}.md"


def by_domain(folder: str, domain_slug: str) -> str:
    """A page gathering one domain's part of every step (its checklists, its key questions…)."""
    return f"{folder}/{domain_slug}.md"


# Pages reached from an index rather than from the site navigation, which must not grow with the guide
# (mkdocs.yml: not_in_nav): each folder and its index, which the page's breadcrumb leads to and which
# the navigation marks as the reader's section.
INDEXES = ((TERMS, GLOSSARY), ("initiatives/", INITIATIVES), ("checklists/", CHECKLISTS),
           ("questions-cles/", QUESTIONS), ("boites-a-idees/", IDEAS))


def index_of(src_uri: str):
    """The index a page is reached from (a case study's: the initiatives; a term's: the glossary), or None
    for a page of the navigation or outside these folders."""
    for folder, index in INDEXES:
        if src_uri.startswith(folder) and src_uri != index:
            return index
    return None


def step_booklet(domain_slug: str, slug: str) -> str:
    return f"{DOWNLOADS}/listes-{domain_slug}-{slug}.pdf"


def step_spreadsheet(domain_slug: str, slug: str) -> str:
    return f"{DOWNLOADS}/listes-{domain_slug}-{slug}.xlsx"


def case_studies_booklet(domain_slug: str, part: int = 0) -> str:
    """A domain's case studies in print: one file, or numbered parts (part 1, 2…) past a few hundred pages.
    A domain named like another's part (« economie-2 » beside a split « economie ») would take its name."""
    return f"{DOWNLOADS}/etudes-de-cas-{domain_slug}{f'-{part}' if part else ''}.pdf"


# A record's page sits at an address made of its name: these names would land on another page's address
# (initiatives/index.yml on the index; a step named index on its domain's page; a domain or a
# self-assessment named like a page or a folder of the site). Names of docs/ are added (see reserved).
SITE_NAMES = {"index", "initiatives", "glossaire", "checklists", "questions-cles", "boites-a-idees",
              DECISION_TREES, "autodiagnostic", "introduction", "a-propos", DOWNLOADS, "assets",
              "search", "overrides", "404", "sitemap", "javascripts", "stylesheets", "images", "en",
              "traductions"}
RESERVED = {
    "initiative": {"index"},
    "term": {"index"},
    "step": {"index"},
    "decision-tree": {"index"},
    "domain": SITE_NAMES,
    "assessment": SITE_NAMES - {"autodiagnostic"},
}
TOP_LEVEL_KINDS = {"domain", "assessment"}     # their page is /<name>/, beside the hand-written pages


def reserved(kind: str, root: Path) -> set:
    names = RESERVED.get(kind, set())
    return names | docs_names(root) if kind in TOP_LEVEL_KINDS else names


def docs_names(root: Path) -> frozenset:
    """The hand-written pages and folders of docs/ (a-propos.md, assets/…): their addresses are taken."""
    docs = root / "docs"
    return frozenset(path.stem if path.suffix == ".md" else path.name
                     for path in (docs.iterdir() if docs.is_dir() else ()) if not path.name.startswith("."))


# Each edition of the guide is a site of its own, the English one in a folder of the French one (/en/),
# with the same page addresses: a page's twin is the same path in the other edition's folder.
EDITIONS = {"fr": "", "en": "en/"}


def edition_root(french_root: str, language: str) -> str:
    """The address of an edition's home page, from the French one's (absolute, or a path)."""
    return urljoin(french_root, EDITIONS[language])


def home_path(site_url: str) -> str:
    """The path of a home page on its host, from its address: "/" at the host's root, "/guide/en/" under
    a path (the host's error pages and rules are written from it)."""
    path = urlsplit(site_url or "").path
    path = path if path.startswith("/") else "/" + path
    return path if path.endswith("/") else path + "/"


def online(site_url: str, src_uri: str) -> str:
    """The address of a page of the online site (directory URLs), printed so that a reader can find it;
    "" when the build was not told the public address (SITE_URL)."""
    if not site_url:
        return ""
    stem = _served_stem(src_uri)
    return urljoin(site_url, stem + "/" if stem else "")


def online_file(site_url: str, path: str) -> str:
    """The address of a file of the online site (a PDF under telechargements/); "" without SITE_URL."""
    return urljoin(site_url, path) if site_url else ""


def _served_stem(src_uri: str) -> str:
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-5].rstrip("/")
    return stem


def relpath(target: str, start: str) -> str:
    """posixpath.relpath for two paths relative to the site root, without asking the system for the
    current directory at each of the tens of thousands of links of a large guide."""
    target_parts = [part for part in target.split("/") if part not in ("", ".")]
    start_parts = [part for part in start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(target_parts), len(start_parts)) and target_parts[common] == start_parts[common]:
        common += 1
    parts = [".."] * (len(start_parts) - common) + target_parts[common:]
    return "/".join(parts) or "."


class Links:
    """Relative links between pages, for one URL style: x/y/ (MkDocs' default), or x/y.html with
    use_directory_urls: false."""

    def __init__(self, directory_urls: bool = True):
        self.directory_urls = directory_urls

    def page_dir(self, src_uri: str) -> str:
        """The directory a page is served from, relative to the site root ('' for the home page)."""
        if not self.directory_urls:
            return posixpath.dirname(src_uri)
        return _served_stem(src_uri)

    def href(self, from_src: str, to_src: str, anchor: str = "") -> str:
        """Link from one page to another page (by source path) or to a site file (any other path)."""
        start = self.page_dir(from_src) or "."
        if to_src.endswith(".md") and not self.directory_urls:
            relative = relpath(to_src[:-3] + ".html", start)
        elif to_src.endswith(".md"):
            relative = relpath(self.page_dir(to_src) or ".", start)
            relative = "./" if relative == "." else relative + "/"
        else:
            relative = relpath(to_src, start)
        return relative + (f"#{anchor}" if anchor else "")

    def in_edition(self, src_uri: str, language: str, other: str) -> str:
        """Link from a page of one edition (`language`) to the same page in another (`other`)."""
        if self.directory_urls:
            start = posixpath.join(EDITIONS[language], self.page_dir(src_uri))
            return relpath(posixpath.join(EDITIONS[other], self.page_dir(src_uri)), start) + "/"
        page = src_uri[:-3] + ".html"
        return relpath(EDITIONS[other] + page, posixpath.dirname(EDITIONS[language] + page))

    @staticmethod
    def markdown_link(from_src: str, to_src: str) -> str:
        """Target of a Markdown link between source files, which MkDocs checks and rewrites itself."""
        return relpath(to_src, posixpath.dirname(from_src) or ".")
