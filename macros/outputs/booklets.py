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
"""
from typing import TYPE_CHECKING
import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from macros import addresses
from macros.html.typography import french_spacing
from macros.outputs import case_studies, history, layout
from macros.pages import text
from macros.pages.render import INITIATIVES_SHOWN, date_fr

if TYPE_CHECKING:
    from macros.model.guide import Guide

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Booklet:
    path: str                 # under the site, e.g. "telechargements/guide-complet.pdf"
    title: str
    description: str
    template: str
    context: dict = field(default_factory=dict)
    records: list = field(default_factory=list)     # the files it prints, whose last change dates it

    @property
    def collection(self):
        """The case studies' collection this booklet prints, or None."""
        return self.context.get("collection")


def step_booklet_path(step) -> str:
    return addresses.step_booklet(step.domain.slug, step.slug)


def booklets(guide: "Guide") -> list:
    steps = [step for domain in guide.domains for step in domain.steps]
    listed = [step for step in steps if step.checklists]
    made = [Booklet(step_booklet_path(step), f"Étape {step.number} : {step.title} — listes de questions",
                    f"Les listes de questions de l'étape {step.number}, à imprimer.",
                    "checklists.html.j2", {"steps": [step]}, [step.domain.path, step.path])
            for step in listed]
    made.append(Booklet(addresses.ALL_CHECKLISTS_PDF, "Toutes les listes de questions",
                        "Les listes de questions de toutes les étapes du guide, à imprimer.",
                        "checklists.html.j2", {"steps": listed}, _paths(guide.domains, listed)))
    collections = case_study_booklets(guide)
    made.append(Booklet(addresses.WHOLE_GUIDE_PDF, "Le guide complet",
                        "Les étapes, leurs listes de questions, le glossaire et le tableau des études de cas.",
                        "guide.html.j2", {"collections": collections},
                        _paths(guide.domains, steps, guide.initiatives, guide.terms.values())))
    return made + collections


def case_study_booklets(guide: "Guide") -> list:
    """One booklet per collection of case studies (domain by domain, split past the bound)."""
    made = []
    for collection in case_studies.collections(guide):
        title = f"Études de cas : {collection.domain.title}"
        count = len(collection.initiatives)
        description = f"{count} étude{'s' if count > 1 else ''} de cas"
        if collection.part:
            title += f" ({collection.part} sur {collection.parts})"
            description += (f", de « {collection.initiatives[0].title} » "
                            f"à « {collection.initiatives[-1].title} »")
        made.append(Booklet(addresses.case_studies_booklet(collection.domain.slug, collection.part), title,
                            description + ".", "case_studies.html.j2", {"collection": collection},
                            _paths(collection.initiatives)))
    return made


def _paths(*groups) -> list:
    return [record.path for group in groups for record in group]


def edition_date(booklet: Booklet, dates: dict) -> str:
    """The date a booklet prints: the last change of the records it prints (their last commit), so that
    the same content makes the same PDF from one day to the next and is taken from the cache; today
    when one of them was never committed (a new file, or no git history)."""
    found = [dates.get(path) for path in booklet.records]
    if not found or None in found:
        return date.today().isoformat()
    return max(found)


@functools.lru_cache(maxsize=None)
def _environment():
    import jinja2   # only when booklets are made: not for `make check`
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters.update(rich=text.rich, rich_inline=text.rich_inline, date_fr=date_fr)
    env.globals["initiatives_shown"] = INITIATIVES_SHOWN     # as many boxes under a step as its web page
    return env


def render_html(booklet, guide: "Guide", site, edition: str = None) -> str:
    return french_spacing(_environment().get_template(booklet.template).render(
        booklet=booklet, guide=guide, edition=edition or date.today().isoformat(), site_name=site["name"],
        site_description=site["description"], site_url=site["url"],
        address=lambda src_uri: addresses.online(site["url"], src_uri),
        file_address=lambda path: addresses.online_file(site["url"], path), **booklet.context))


def write(guide: "Guide", docs_dir: Path, out_dir: Path, site: dict, cache_dir: Path = None,
          dates: dict = None) -> tuple:
    """Write every booklet under out_dir (paths as in the site), taking from cache_dir those made before.
    Returns ([(booklet, number of pages)], paths laid out by this call).

    site: {"name", "description", "url"} of the guide. Images are read from docs_dir, as the pages do.
    dates: {record path: date of its last change} (history.last_changes); read here when not given.
    """
    made = booklets(guide)
    if dates is None:
        dates = history.last_changes(Path(docs_dir).parent)
    jobs = [layout.Job(booklet.path, render_html(booklet, guide, site, edition_date(booklet, dates)))
            for booklet in made]
    report = layout.lay_out(jobs, Path(docs_dir), Path(out_dir), layout.Cache(cache_dir))
    return [(booklet, report.pages[booklet.path]) for booklet in made], report.laid_out
