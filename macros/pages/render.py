"""Pages in Markdown, rendered from the model through the template files of `templates/`: one Jinja
environment, the page's metadata carried beside its text, the filters every template may use."""
import html
import json
from datetime import date
from pathlib import Path

from markupsafe import Markup, escape

from macros import addresses
from macros.pages import text
from macros.pages.catalogue import Catalogue
from macros.reading.overlays import is_french

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Case studies listed on a step page, a decision-tree outcome or under a step of the printed guide
# before a link to the others: with hundreds of them, a page listing all would outgrow what a slow
# connection can load, and a printed step would run on for pages.
INITIATIVES_SHOWN = 8
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def for_theme(value: str) -> str:
    """Text as the theme must be given it: its templates print page titles, descriptions and navigation
    labels into the page head, attributes and menus without escaping them. Every such value goes
    through here, once, quotes included."""
    return html.escape(value, quote=True)


def theme_label(*parts) -> str:
    """A title or navigation label as the theme prints it (for_theme), made of these parts: in the English
    edition a part still French is in a <span lang="fr">, which the menu, the breadcrumb, the header and
    the footer show as they are (the French edition's label is the one for_theme gives)."""
    return "".join(f'{FRENCH_PART}{for_theme(part)}</span>' if is_french(part) else for_theme(part)
                   for part in parts)


def head_meta(meta: dict) -> dict:
    """The page metadata as the theme prints it (see for_theme); a title given in parts (a tuple) is
    the words of the guide and a record's text (theme_label).

    Where some of it is French text in the English edition, the page head says so
    (docs/overrides/main.html): the <title>, plain text, gets the title without its markup (`gb_head_title`),
    marked `lang="fr"` when the page's own title is all French (`gb_title_lang`), and the description's
    <meta> is marked when the description is French (`gb_description_lang`)."""
    made = dict(meta)
    title = meta.get("title")
    if title is not None:
        parts = title if isinstance(title, tuple) else (title,)
        made["title"] = theme_label(*parts)
        if is_french(*parts):
            made["gb_head_title"] = for_theme("".join(parts))
            if all(is_french(part) for part in parts):
                made["gb_title_lang"] = "fr"
    if "description" in meta:
        made["description"] = for_theme(meta["description"])
        if is_french(meta["description"]):
            made["gb_description_lang"] = "fr"
    return made


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


def date_fr(value: str) -> str:
    day = date.fromisoformat(str(value))
    return f"{day.day}{'er' if day.day == 1 else ''} {MONTHS[day.month - 1]} {day.year}"


def groupby_letter(terms):
    """[(letter, terms filed under it)], terms kept in their order (the guide's is alphabetical)."""
    groups = {}
    for term in terms:
        groups.setdefault(text.initial(term.term), []).append(term)
    return sorted(groups.items(), key=lambda group: (group[0] == "#", group[0]))


# Inside <script>, "</script>" (or "<!--") in a label would end the element early, and U+2028/U+2029
# end a line in older JavaScript parsers: the JSON carries them as \u escapes, which JSON.parse reads back.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# In the English edition, a record's text with no translation yet is shown in French: the element that
# holds it says so (`lang="fr"`), for screen readers, translation tools and search engines, and the page
# then carries a notice (see adapters.mkdocs_hook). In the French edition nothing is marked.
FRENCH = Markup(' lang="fr"')
ENGLISH = Markup(' lang="en"')            # the only other edition: the one that shows French text
FRENCH_PART = '<span lang="fr">'      # around a French part of a title or label (theme_label)


def lang(*values, within: str = None) -> Markup:
    """` lang="fr"` for an element whose text is one of these values, when one is French text; ` lang="en"`
    for one whose English text is `within` an element marked French (an option of a French group)."""
    if is_french(*values):
        return FRENCH
    return ENGLISH if within is not None and is_french(within) else Markup("")


def marked(value, md: bool = False) -> Markup:
    """A value among other words (« Step 3: <title> »), escaped (for Markdown where `md`), and in a
    <span lang="fr"> when it is French text."""
    shown = text.inline_markdown(value) if md else escape(value)
    return Markup(FRENCH_PART + '{}</span>').format(shown) if is_french(value) else shown


def tooltips(terms: dict, openings: dict) -> tuple[dict, dict]:
    """slug -> each term's tooltip (HTML): the opening of its definition, marked when the definition is
    French text. Then the same for a page with French text (English edition), which may link a term inside
    a French passage, whose lang its tooltip would inherit: there an English tooltip says it is English."""
    tips = {slug: html.escape(openings[slug], quote=False) for slug in terms}
    plain = {slug: f'<span lang="fr">{tip}</span>' if is_french(terms[slug].definition) else tip
             for slug, tip in tips.items()}
    among_french = {slug: tip if is_french(terms[slug].definition) else f'<span lang="en">{tips[slug]}</span>'
                    for slug, tip in plain.items()}
    return plain, among_french


def french_fields(record: dict, **texts) -> dict:
    """A record a script shows (JSON), with "fr": the names of those of its `texts` still French, when
    any: the script then marks the element it shows one in (GB.french, docs/assets/js/core.js). A
    record with no French text is left as it was (and the French edition's never has any)."""
    french = [name for name, value in texts.items() if is_french(value)]
    return {**record, "fr": french} if french else record


def script_json(value) -> Markup:
    """JSON safe to place between <script type="application/json"> and </script>."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return Markup(text)


def attribute_json(value) -> Markup:
    """JSON safe to place between the single quotes of an attribute (data-record='…')."""
    return Markup(script_json(value).replace("'", "\\u0027"))


class Templates:
    """The Jinja environment of the pages, made on first use (`make check` renders nothing and need not
    pay for importing Jinja) and kept for the next builds of `make serve`. Its words are those of one
    language's catalogue (`t("key")`), which the build may change before the first page."""

    def __init__(self, folder: Path = TEMPLATES, catalogue: Catalogue = None):
        self.folder = folder
        self._environment = None
        self._dates = {}
        self.catalogue = catalogue or Catalogue()

    def use(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        if self._environment is not None:
            self._environment.globals.update(_words(catalogue))
            self._environment.filters.update(points=catalogue.points, date=catalogue.date)

    @property
    def environment(self):
        if self._environment is None:
            self._environment = self._make()
        return self._environment

    def _make(self):
        import jinja2
        # auto_reload=False: no file date checked at each {% include %} (tens of thousands in a large
        # guide); forget_edited() empties the cache instead, so that `mkdocs serve` reads edited templates.
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(self.folder), autoescape=True,
                                 undefined=jinja2.StrictUndefined, keep_trailing_newline=True, auto_reload=False,
                                 bytecode_cache=_compiled_templates_cache(jinja2))
        env.filters.update(md=text.inline_markdown, rich=text.rich, rich_inline=text.rich_inline,
                           date=self.catalogue.date, groupby_letter=groupby_letter, points=self.catalogue.points,
                           attribute_json=attribute_json, fr=marked)
        env.globals.update(_words(self.catalogue), addresses=addresses, lang=lang)
        # Case studies listed on a step page or a decision-tree outcome before a link to the filtered
        # index: with hundreds of them, a page listing all would outgrow what a slow connection can load.
        env.globals["initiatives_shown"] = INITIATIVES_SHOWN
        # A decision tree shows every outcome at once (a dozen or more): fewer each, so that the page
        # stays under 100 KB once every outcome has its full share of case studies.
        env.globals["outcome_initiatives_shown"] = 5
        return env

    def forget_edited(self) -> bool:
        """Under `make serve`, read the templates again when one was edited (compiling them all takes a
        second); True when some were."""
        dates = {path: path.stat().st_mtime_ns for path in self.folder.rglob("*.j2")}
        if dates == self._dates:
            return False
        if self._environment is not None:
            self._environment.cache.clear()
        self._dates = dates
        return True

    def render(self, template: str, src_uri: str, links, description: str = None, search_exclude: bool = False,
               **context) -> str:
        """A page's Markdown (a PageText carrying its description) or, for a part of a page, its text.
        `links`: the build's Links (the URL style of the site being built)."""
        content = self.environment.get_template(template).render(
            href=lambda to, anchor="": links.href(src_uri, to, anchor),
            mdref=lambda to: links.markdown_link(src_uri, to), page_src=src_uri, **context)
        if description is None:
            return content
        # Still French text once its spaces are made one (a French description: its <meta> says so).
        meta = {"description": type(description)(" ".join(description.split()))}
        if search_exclude:
            meta["search"] = {"exclude": True}
        return PageText(content, meta)


def _words(catalogue: Catalogue) -> dict:
    """What the templates write in the build's language: its messages, and when a case study ran."""
    return {"t": catalogue.markup, "years": catalogue.years}


def _compiled_templates_cache(jinja2):
    """Compiling the templates at every build costs as much as building many pages: Jinja keeps them
    compiled between builds, as Python keeps modules, each checked against its template's text. In the user's own temporary folder (Jinja's, readable by them alone), or nowhere."""

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
