"""The PDF booklets: each step's checklists, all the checklists, and the whole guide.

Made from the content model through print templates of their own (`templates/print/`), never from the
web pages, and laid out by WeasyPrint: it implements CSS paged media (running titles, page counters,
`target-counter()` for the table of contents' page numbers) on top of Debian's Pango, in the build's own
Python process, where headless Chromium would need a browser at build time and cannot number the pages
of a table of contents.
"""
from typing import TYPE_CHECKING
import functools
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from macros import addresses
from macros.html.typography import french_spacing
from macros.pages import text
from macros.pages.render import date_fr

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


def step_booklet_path(step) -> str:
    return addresses.step_booklet(step.domain.slug, step.slug)


def booklets(guide: "Guide") -> list:
    steps = [step for domain in guide.domains for step in domain.steps]
    made = [Booklet(step_booklet_path(step), f"Étape {step.number} : {step.title} — listes de questions",
                    f"Les listes de questions de l'étape {step.number}, à imprimer.",
                    "checklists.html.j2", {"steps": [step]})
            for step in steps if step.checklists]
    made.append(Booklet(addresses.ALL_CHECKLISTS_PDF, "Toutes les listes de questions",
                        "Les listes de questions de toutes les étapes du guide, à imprimer.",
                        "checklists.html.j2", {"steps": [step for step in steps if step.checklists]}))
    made.append(Booklet(addresses.WHOLE_GUIDE_PDF, "Le guide complet",
                        "Le guide entier : étapes, initiatives et glossaire.", "guide.html.j2", {}))
    return made


@functools.lru_cache(maxsize=None)
def _environment():
    import jinja2   # only when booklets are made: not for `make check`
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters.update(rich=text.rich, rich_inline=text.rich_inline, date_fr=date_fr)
    return env


def render_html(booklet, guide: "Guide", site) -> str:
    return french_spacing(_environment().get_template(booklet.template).render(
        booklet=booklet, guide=guide, built=date.today().isoformat(), site_name=site["name"],
        site_description=site["description"], site_url=site["url"],
        address=lambda src_uri: addresses.online(site["url"], src_uri), **booklet.context))


def write(guide: "Guide", docs_dir: Path, out_dir: Path, site: dict) -> list:
    """Write every booklet under out_dir (paths as in the site); return (booklet, number of pages) pairs.

    site: {"name", "description", "url"} of the guide. Images are read from docs_dir, as the pages do.
    """
    # Without Debian's libharfbuzz-subset0 it warns at import (with a traceback, under MkDocs) that a future
    # version will need it; this one subsets the fonts with fontTools, and the PDFs are the same.
    warnings.filterwarnings("ignore", "HarfBuzz-Subset will be required", DeprecationWarning, r"weasyprint\.")
    import weasyprint  # imported here: `mkdocs serve` and `make check` never need it

    stylesheet = weasyprint.CSS(filename=str(TEMPLATES / "booklet.css"))
    fonts = weasyprint.text.fonts.FontConfiguration()
    made = []
    for booklet in booklets(guide):
        target = out_dir / booklet.path
        target.parent.mkdir(parents=True, exist_ok=True)
        html = weasyprint.HTML(string=render_html(booklet, guide, site), base_url=str(docs_dir) + "/")
        document = html.render(stylesheets=[stylesheet], font_config=fonts)
        document.write_pdf(target)
        made.append((booklet, len(document.pages)))
    return made
