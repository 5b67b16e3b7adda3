"""The PDF booklets: each step's checklists, all the checklists, the guide, and the case studies in
collections of bounded size (case_studies.py).

Made from the content model through print templates of their own (`templates/`), never from the web
pages, and laid out by WeasyPrint (layout.py): it implements CSS paged media (running titles, page
counters, `target-counter()` for the table of contents' page numbers) on top of Debian's Pango, in
Python, where headless Chromium would need a browser at build time and cannot number the pages of a
table of contents.

The guide keeps what a reader prints — the steps with their « En bref », their checklists, the glossary —
and names each case study on one line of a table (place, online address, the collection that prints
it): with the case studies in full it would grow to thousands of pages.

Each edition prints its own booklets, in the language of its guide (`guide.language`): every word they
write around the records' text comes from that language's catalogue (pages/messages/), the French ones
get the French spacing, and in the English ones a record's text still in French is marked `lang="fr"`
and spaced the French way, as on the pages.
"""
from typing import TYPE_CHECKING
import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from markupsafe import Markup

from macros import addresses
from macros.html.typography import for_edition
from macros.outputs import case_studies, history, layout
from macros.pages import text
from macros.pages.catalogue import Catalogue
from macros.pages.render import INITIATIVES_SHOWN, lang, marked
from macros.reading import translations
from macros.reading.overlays import is_french

if TYPE_CHECKING:
    from macros.model.guide import Guide

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Booklet:
    path: str                 # under the site, e.g. "telechargements/guide-complet.pdf"
    title: str                # as text (the PDF's title, a page's link)
    description: str
    template: str
    context: dict = field(default_factory=dict)
    records: list = field(default_factory=list)     # the files it prints, whose last change dates it
    # As HTML, where a record's text in it is marked when still French (None: the text, escaped).
    title_html: Markup = None
    description_html: Markup = None

    def __post_init__(self):
        self.title_html = self.title_html if self.title_html is not None else Markup.escape(self.title)
        if self.description_html is None:
            self.description_html = Markup.escape(self.description)

    @property
    def collection(self):
        """The case studies' collection this booklet prints, or None."""
        return self.context.get("collection")


def step_booklet_path(step) -> str:
    return addresses.step_booklet(step.domain.slug, step.slug)


def words(guide: "Guide") -> Catalogue:
    """The catalogue of the guide's language: the words its booklets write."""
    return Catalogue(guide.language)


def booklets(guide: "Guide") -> list:
    messages = words(guide)
    steps = [step for domain in guide.domains for step in domain.steps]
    listed = [step for step in steps if step.checklists]
    made = []
    for step in listed:
        title, title_html = _message(messages, "booklet.step_title", number=step.number, title=step.title)
        made.append(Booklet(step_booklet_path(step), title,
                            messages.text("booklet.step_description", number=step.number),
                            "checklists.html.j2", {"steps": [step]}, [step.domain.path, step.path], title_html))
    made.append(Booklet(addresses.ALL_CHECKLISTS_PDF, messages.text("booklet.checklists_title"),
                        messages.text("booklet.checklists_description"),
                        "checklists.html.j2", {"steps": listed}, _paths(guide.domains, listed)))
    collections = case_study_booklets(guide)
    made.append(Booklet(addresses.WHOLE_GUIDE_PDF, messages.text("booklet.guide_title"),
                        messages.text("booklet.guide_description"),
                        "guide.html.j2", {"collections": collections},
                        _paths(guide.domains, steps, guide.initiatives, guide.terms.values())))
    return made + collections


def case_study_booklets(guide: "Guide") -> list:
    """One booklet per collection of case studies (domain by domain, split past the bound)."""
    messages = words(guide)
    made = []
    for collection in case_studies.collections(guide):
        title, title_html = _message(messages, "booklet.collection_title", domain=collection.domain.title)
        count = messages.text("booklet.collection_count", count=len(collection.initiatives))
        if collection.part:
            part = messages.text("booklet.collection_part", part=collection.part, parts=collection.parts)
            title, title_html = title + part, title_html + part
            description = _message(messages, "booklet.collection_range", count=count,
                                   first=collection.initiatives[0].title, last=collection.initiatives[-1].title)
        else:
            description = _message(messages, "booklet.collection_description", count=count)
        made.append(Booklet(addresses.case_studies_booklet(collection.domain.slug, collection.part), title,
                            description[0], "case_studies.html.j2", {"collection": collection},
                            _paths(collection.initiatives), title_html, description[1]))
    return made


def _message(messages: Catalogue, key: str, **values) -> tuple:
    """A message with its values put in, as text (a PDF's title, metadata) and as HTML, where a record's
    text still French is marked so (`lang="fr"`, as on the pages)."""
    return messages.text(key, **values), messages.markup(key, **{name: marked(value) if isinstance(value, str)
                                                                 else value for name, value in values.items()})


def _paths(*groups) -> list:
    return [record.path for group in groups for record in group]


def _overlays(booklet: Booklet, guide: "Guide", root: Path) -> list:
    """The English overlays of the records a booklet prints (none in the French edition)."""
    if guide.language == "fr":
        return []
    found = (f"{translations.FOLDER}/{path}" for path in booklet.records)
    return [path for path in found if (root / path).is_file()]


def edition_date(booklet: Booklet, dates: dict, overlays: list = ()) -> str:
    """The date a booklet prints: the last change of the records it prints (their last commit), so that
    the same content makes the same PDF from one day to the next and is taken from the cache; today
    when one of them was never committed (a new file, or no git history). In the English edition, the
    overlays (en/<path>) of those records that have one count too: their text is the one printed."""
    found = [dates.get(path) for path in [*booklet.records, *overlays]]
    if not found or None in found:
        return date.today().isoformat()
    return max(found)


def rich(value) -> Markup:
    """A record's Markdown as HTML; in a <div lang="fr"> when it is French text in the English edition."""
    html = text.rich(value)
    return Markup('<div lang="fr">{}</div>').format(html) if html and is_french(value) else html


def rich_inline(value) -> Markup:
    html = text.rich_inline(value)
    return Markup('<span lang="fr">{}</span>').format(html) if html and is_french(value) else html


@functools.lru_cache(maxsize=None)
def _environment(language: str):
    """The print templates' environment in one language: `t("key")` its words, `| fr` and `lang()` the
    marks of French text (pages.render), `| date` its dates."""
    import jinja2   # only when booklets are made: not for `make check`
    messages = Catalogue(language)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters.update(rich=rich, rich_inline=rich_inline, date=messages.date, fr=marked)
    env.globals.update(t=messages.markup, years=messages.years, lang=lang, language=language,
                       initiatives_shown=INITIATIVES_SHOWN)   # as many boxes under a step as its web page
    return env


def render_html(booklet, guide: "Guide", site, edition: str = None) -> str:
    html = _environment(guide.language).get_template(booklet.template).render(
        booklet=booklet, guide=guide, edition=edition or date.today().isoformat(), site_name=site["name"],
        site_description=site["description"], site_url=site["url"],
        address=lambda src_uri: addresses.online(site["url"], src_uri),
        file_address=lambda path: addresses.online_file(site["url"], path), **booklet.context)
    return for_edition(html, guide.language)      # as the pages are spaced


def write(guide: "Guide", docs_dir: Path, out_dir: Path, site: dict, cache_dir: Path = None,
          dates: dict = None) -> tuple:
    """Write every booklet under out_dir (paths as in the site), taking from cache_dir those made before.
    Returns ([(booklet, number of pages)], paths laid out by this call).

    site: {"name", "description", "url"} of the guide. Images are read from docs_dir, as the pages do.
    dates: {record path: date of its last change} (history.last_changes); read here when not given.
    """
    made = booklets(guide)
    root = Path(docs_dir).parent
    if dates is None:
        dates = history.last_changes(root)
    jobs = [layout.Job(booklet.path, render_html(booklet, guide, site,
                                                 edition_date(booklet, dates, _overlays(booklet, guide, root))))
            for booklet in made]
    report = layout.lay_out(jobs, Path(docs_dir), Path(out_dir), layout.Cache(cache_dir))
    return [(booklet, report.pages[booklet.path]) for booklet in made], report.laid_out
