"""Which pages the guide has, and their Markdown, rendered from the model through template files."""
import functools
import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import initiatives_data, initiatives_filters, initiatives_pages, links, text

GLOSSARY = "glossaire.md"
INDEX_OPENINGS_UP_TO = 150
TEMPLATES = Path(__file__).resolve().parent / "templates"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def for_theme(value: str) -> str:
    """Text as the theme must be given it: its templates print page titles, descriptions and navigation
    labels into the page head, attributes and menus without escaping them. Every such value goes
    through here, once, quotes included."""
    return html.escape(value, quote=True)


def head_meta(meta: dict) -> dict:
    """The page metadata as the theme prints it (see for_theme)."""
    return {key: for_theme(value) if key in ("title", "description") else value for key, value in meta.items()}


class PageText(str):
    """A page's Markdown and the metadata the site engine sets on the page object.

    Generated pages have no front matter: a YAML header written as text could be broken, or rewritten,
    by a character a contributor typed (MkDocs drops a header it cannot read, and with it
    `render_macros: false`). The metadata travels beside the text instead, as values."""
    meta: dict

    def __new__(cls, content: str, meta: dict):
        # A blank first line: MkDocs then reads no metadata from the text at all (neither a YAML header
        # nor MultiMarkdown's « key: value » lines), whatever the page goes on with.
        made = super().__new__(cls, content if content.startswith("\n") else "\n" + content)
        made.meta = meta
        return made


@dataclass
class GeneratedPage:
    src_uri: str          # where the page sits among the docs, e.g. "initiatives/x.md"
    title: str
    content: str          # Markdown handed to the site engine (a PageText when rendered here)
    edit_path: str        # the YAML file a reader would edit to change this page

    @property
    def meta(self) -> dict:
        """What the adapter sets on the page: its title and description, whether search skips it."""
        return {**getattr(self.content, "meta", {}), "title": self.title}


def date_fr(value: str) -> str:
    day = date.fromisoformat(str(value))
    return f"{day.day}{'er' if day.day == 1 else ''} {MONTHS[day.month - 1]} {day.year}"


def groupby_letter(terms):
    """[(letter, terms filed under it)], terms kept in their order (the guide's is alphabetical)."""
    groups = {}
    for term in terms:
        groups.setdefault(text.initial(term.term), []).append(term)
    return sorted(groups.items(), key=lambda group: (group[0] == "#", group[0]))


# Filters and globals that other modules add (a self-assessment's points, the step downloads…).
FILTERS = {}
GLOBALS = {}


@functools.lru_cache(maxsize=None)
def environment():
    """The Jinja environment of the pages, made on first use: `make check` renders nothing and need not
    pay for importing Jinja."""
    import jinja2
    # auto_reload=False: no file date checked at each {% include %} (tens of thousands in a large guide);
    # generated_pages() empties the cache instead, so that `mkdocs serve` reads edited templates again.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True, auto_reload=False,
                             bytecode_cache=_compiled_templates_cache(jinja2))
    env.filters.update(md=text.inline_markdown, rich=text.rich, rich_inline=text.rich_inline,
                       date_fr=date_fr, groupby_letter=groupby_letter)
    # Case studies listed on a step page or a decision-tree outcome before a link to the filtered index:
    # with hundreds of them, a page listing all would outgrow what a slow connection can load.
    env.globals["initiatives_shown"] = 8
    # A decision tree shows every outcome at once (a dozen or more): fewer each, so that the page stays
    # under 100 KB once every outcome has its full share of case studies.
    env.globals["outcome_initiatives_shown"] = 5
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


def _compiled_templates_cache(jinja2):
    """Compiling the templates costs a third of a second at every build, as much as building a hundred
    pages: Jinja keeps them compiled between builds, as Python keeps modules, each checked against its
    template's text. In the user's own temporary folder (Jinja's, readable by them alone), or nowhere."""

    class Cache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket):
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass            # a full or read-only disk: the template stays compiled in memory

    try:
        return Cache()
    except (OSError, RuntimeError):      # no safe folder of the user's own
        return None


_TEMPLATE_DATES = {}


def _forget_edited_templates() -> bool:
    """Under `make serve`, read the templates again when one was edited (compiling them all takes a second)."""
    dates = {path: path.stat().st_mtime_ns for path in TEMPLATES.rglob("*.j2")}
    if dates == _TEMPLATE_DATES:
        return False
    environment().cache.clear()
    _TEMPLATE_DATES.clear()
    _TEMPLATE_DATES.update(dates)
    return True


def render(template: str, src_uri: str, description: str = None, search_exclude: bool = False,
           **context) -> str:
    """A page's Markdown (a PageText carrying its description) or, for a part of a page, its text."""
    content = environment().get_template(template).render(
        href=lambda to, anchor="": links.href(src_uri, to, anchor), mdref=lambda to: links.markdown_link(src_uri, to),
        page_src=src_uri, **context)
    if description is None:
        return content
    meta = {"description": " ".join(description.split())}
    if search_exclude:
        meta["search"] = {"exclude": True}
    return PageText(content, meta)


# Modules that add pages (checklists booklet, decision tree…) register a function here:
# guide -> list of GeneratedPage, called after the core pages.
EXTRA_PAGES = []


def generated_pages(guide):
    """Every page made from the YAML records, in reading order."""
    templates_edited = _forget_edited_templates()
    pages = []
    for domain in guide.domains:
        pages.append(GeneratedPage(domain.src_uri, domain.title,
                                   render("domain.md.j2", domain.src_uri, domain=domain, description=domain.summary),
                                   domain.path))
        for step in domain.steps:
            pages.append(GeneratedPage(step.src_uri, step.title,
                                       render("step.md.j2", step.src_uri, step=step, description=step.objective),
                                       step.path))
    pages.extend(initiatives_index_pages(guide))
    pages.extend(initiative_pages(guide, templates_edited))
    for provider in EXTRA_PAGES:
        pages.extend(provider(guide))
    # Last: a term's page lists the pages that link to the term, so they are all linked before it is
    # built (see live_reload).
    pages.extend(glossary_pages(guide))
    return pages


# The case studies' pages of the previous build, kept under `make serve` (see initiative_pages).
_INITIATIVE_PAGES = {"links": None, "pages": {}}


def initiative_pages(guide, templates_edited=True):
    """One page per case study. A case study's page shows its own record and the steps and terms it
    names, never another case study: after an edit to case studies only (what contributors do under
    `make serve`), the pages of the others are the same as in the previous build and are not made again
    (rendering 500 of them took a third of a rebuild)."""
    kept = _INITIATIVE_PAGES["pages"] if (
        not templates_edited and guide.edited is not None and _INITIATIVE_PAGES["links"] == links.DIRECTORY_URLS
        and all(label.startswith("initiatives/") for label in guide.edited)) else {}
    pages, made = [], {}
    for initiative in guide.initiatives:
        content = kept.get(initiative.src_uri) if initiative.path not in (guide.edited or ()) else None
        if content is None:
            content = render("initiative.md.j2", initiative.src_uri, initiative=initiative, description=initiative.lede)
        made[initiative.src_uri] = content
        pages.append(GeneratedPage(initiative.src_uri, initiative.title, content, initiative.path))
    _INITIATIVE_PAGES.update(links=links.DIRECTORY_URLS, pages=made)
    return pages


def initiatives_index_pages(guide, page_size=None):
    """The initiatives index: one page, or several when the guide has more case studies than a page lists."""
    listing = initiatives_pages.listing_pages(guide.initiatives, page_size)
    initiatives_pages.check_no_collision(listing, guide.initiatives)
    choices = initiatives_filters.filter_choices(guide)
    pages = []
    for listed in listing:
        title = "Initiatives" if listed.number == 1 else f"Initiatives, page {listed.number} sur {listed.count}"
        pages.append(GeneratedPage(listed.src_uri, title,
                                   render("initiatives_index.md.j2", listed.src_uri, guide=guide, listing=listed,
                                          choices=choices, data_src=initiatives_data.SRC,
                                          devices_src=initiatives_data.DEVICES_SRC,
                                          # Page 1 is the index readers search for; a result on page 17 is not.
                                          search_exclude=listed.number > 1,
                                          description="Études de cas de collectivités et de leurs partenaires."),
                                   "initiatives/"))
    return pages


def glossary_pages(guide):
    """The glossary's index, light enough for a slow connection however many terms the guide has, and
    one page per term with its whole definition, its sources and the pages that use it."""
    tips = {slug: text.opening(term.definition) for slug, term in guide.terms.items()}
    # Past this many terms the index names them only (by letter): with 500 openings it would weigh 150 KB.
    openings = tips if len(tips) <= INDEX_OPENINGS_UP_TO else {}
    pages = [GeneratedPage(GLOSSARY, "Glossaire",
                           render("glossary.md.j2", GLOSSARY, guide=guide, tips=openings,
                                  description="Les termes du guide expliqués simplement."),
                           "glossary/")]
    for slug, term in guide.terms.items():
        pages.append(GeneratedPage(term.src_uri, term.term,
                                   render("term.md.j2", term.src_uri, term=term, description=tips[slug]),
                                   term.path))
    return pages
