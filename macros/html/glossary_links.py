"""Glossary terms in a page's HTML: the first mention of each becomes a link to its entry, with the
definition as a tooltip; the glossary lists, under each term, the pages that link to it.

Only the text runs that get a link are rewritten: every other byte of the HTML is kept as it was. How the
page is read: glossary_reading.
"""
from typing import TYPE_CHECKING
import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from macros.addresses import GLOSSARY, TERMS, Links, term_of_page
from macros.addresses import term as term_page
from macros.html.glossary_reading import VOID, WRAPPER, parsed, scan, Unsure
from macros.model.matcher import TermMatcher
from macros.pages import text
from macros.pages.render import FRENCH, Templates, tooltips

if TYPE_CHECKING:
    from macros.build import Build

DIRECTORY_LINKS = Links(directory_urls=True)
TERM_PAGE = re.compile(re.escape(TERMS) + r"([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.html|/)?")   # as linked
# A link there would be wrong (nested in a link or a control, a heading, a label: clicking the label
# must tick its box), useless (navigation, code) or unseen (scripts, hidden templates).
SKIPPED = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "legend", "summary", "select",
           "option", "textarea", "code", "pre", "kbd", "samp", "script", "style", "template", "noscript",
           "svg", "math", "nav", "title", "head", "dfn", "iframe", "object"}
_CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


@dataclass
class PageRef:
    src_uri: str
    title: str


def _decoded_offsets(raw, decoded):
    """For each character boundary of the decoded text, its offset in the raw text (None inside an
    entity that stands for several characters); None if the run cannot be mapped back safely."""
    if "&" not in raw:
        return range(len(raw) + 1) if raw == decoded else None
    offsets, position, out = [], 0, []
    for match in _CHARREF.finditer(raw):
        for index in range(position, match.start()):
            offsets.append(index)
            out.append(raw[index])
        value = html.unescape(match.group(0))
        offsets.extend([match.start()] + [None] * (len(value) - 1))
        out.append(value)
        position = match.end()
    for index in range(position, len(raw)):
        offsets.append(index)
        out.append(raw[index])
    offsets.append(len(raw))
    return offsets if "".join(out) == decoded else None


plain_text = text.plain_text


class Glossary:
    """The guide's terms as the pages link them: one matcher over every form of every term, the
    tooltips' text, and which page links to which terms (`linked`).

    Every page carries the tooltips of its terms; the whole definition is one click away on the term's
    page, so a tooltip holds only the definition's opening (`openings`) and the page stays within its
    budget. `links`: the build's URL style; `render(template, src_uri, **context)` renders the list of
    pages that use a term."""

    def __init__(self, terms: dict, openings: dict, titles=None, linked=None, links: Links = DIRECTORY_LINKS,
                 render=None):
        self.terms = terms
        self.titles = titles or {}      # src_uri -> title of the record a page shows
        self.links = links
        if render is None:      # outside a build (tests, tools): one environment for this glossary
            templates = Templates()
            render = lambda template, src_uri, **context: templates.render(template, src_uri, links, **context)  # noqa: E731
        self.render = render
        self.matcher = TermMatcher(terms.values())
        self.tips, self.tips_among_french = tooltips(terms, openings)
        # src_uri -> (title, slugs linked). Under `make serve`, a rebuild that skips unchanged pages
        # starts from the previous build's, so that every term page keeps all its back-links.
        self.linked = linked if linked is not None else {}
        self._changes = 0                       # to `linked`: pages_by_term is kept until the next one
        self._pages_by_term = (None, None)
        self._back_links = (None, {})           # (pages_by_term, slug -> its list of pages, as HTML)

    def link(self, source: str, src_uri: str, title: str = "") -> str:
        """The page's HTML with its first mention of each term linked; records which terms it links."""
        tips = self.tips_among_french if FRENCH in source else self.tips
        result, used = link_terms(source, self.matcher, tips, src_uri, self.links)
        if not is_glossary(src_uri):
            self.linked[src_uri] = (self.titles.get(src_uri) or title, [slug for slug in used if slug in self.terms])
            self._changes += 1
        return result

    def pages_using(self, slug: str, reading_order=()) -> list:
        """The pages that link to the term, in reading order (pages out of it last, by address)."""
        return self.pages_by_term(reading_order).get(slug, [])

    def pages_by_term(self, reading_order=()) -> dict:
        """slug -> the pages that link to it, in reading order: one pass over the pages for all terms
        (asking each term in turn would cost terms × pages)."""
        key = (self._changes, tuple(reading_order))
        if self._pages_by_term[0] == key:
            return self._pages_by_term[1]
        rank = {src_uri: index for index, src_uri in enumerate(reading_order)}
        found = {}
        for src_uri, (title, slugs) in self.linked.items():
            for slug in slugs:      # each once: they come from a dict's keys
                found.setdefault(slug, []).append(PageRef(src_uri, title))
        for refs in found.values():
            refs.sort(key=lambda ref: (rank.get(ref.src_uri, len(rank)), ref.src_uri))
        self._pages_by_term = (key, found)
        return found

    def forget_pages_except(self, existing):
        """Drop what was recorded of pages that no longer exist (a deleted case study)."""
        for src_uri in set(self.linked) - set(existing):
            del self.linked[src_uri]
            self._changes += 1

    def with_back_links(self, term_html: str, reading_order=()) -> str:
        """A term's page with the pages that link to the term, in reading order."""
        pages_by_term = self.pages_by_term(reading_order)
        # Each term's list made once: the hook asks for its page twice (as rendered, and as linked).
        if self._back_links[0] is not pages_by_term:
            self._back_links = (pages_by_term, {})
        made = self._back_links[1]

        def back_links(match):
            term = self.terms.get(match.group(1))
            if term is None:
                return match.group(0)
            if term.slug not in made:
                used = pages_by_term.get(term.slug)
                made[term.slug] = self.render("_term_used.html.j2", term.src_uri, pages=used).strip() if used else ""
            return made[term.slug]

        # One pass over the page for all markers, rather than one whole-page replace per term.
        return _MARKER.sub(back_links, term_html)


_MARKER = re.compile(r"<!-- gb-term-used:([a-z0-9-]+) -->")


def is_glossary(src_uri: str) -> bool:
    """The glossary's own pages: a term there is defined, not used."""
    return src_uri == GLOSSARY or term_of_page(src_uri) is not None


def back_links_marker(slug: str) -> str:
    """Left by the glossary template where the term's back-links go, once every page is linked."""
    return f"<!-- gb-term-used:{slug} -->"


def link_terms(source: str, matcher: TermMatcher, tips: dict, src_uri: str, links: Links = DIRECTORY_LINKS):
    """(new HTML, slugs of the terms the page now links to, in order).

    Linked to: the first mention of each term outside SKIPPED elements, outside elements marked
    `data-no-glossary`, and outside an element `data-term="<slug>"` for that term (its own definition).
    Links the page already had to a glossary entry count as links to that term.
    """
    try:
        return _link_tokens(source, scan(source), matcher, tips, src_uri, links)
    except Unsure:
        return _link_tokens(source, parsed(source), matcher, tips, src_uri, links)


def _link_tokens(source, tokens, matcher, tips, src_uri, links=DIRECTORY_LINKS):
    readings = _readings(source, tokens, src_uri, links, blank_has_no_term="" not in matcher.slug_of)
    # One pass of the matcher over every run of the page: one pass per run cost as much again.
    found = matcher.find_in_each([reading[2] for reading in readings if type(reading) is tuple])
    linked = {}                 # slug -> None, in order
    out, copied, run = [], 0, -1
    for reading in readings:
        if type(reading) is str:            # a link the page has already
            linked.setdefault(reading)
            continue
        run += 1
        if run not in found:
            continue
        offset, end, decoded, own = reading
        rewritten = _link_run(source[offset:end], decoded, found[run], tips, linked, own, src_uri, links)
        if rewritten is not None:
            out.append(source[copied:offset])
            out.append(rewritten)
            copied = end
    out.append(source[copied:])
    return "".join(out), [slug for slug in linked if slug in tips]


def _readings(source, tokens, src_uri, links, blank_has_no_term):
    """In page order: the slug of each term the page links to already, and each run of text a link may go
    in, as (offset, end, decoded text, the terms defined by the elements around it)."""
    start = links.page_dir(src_uri) or "."
    glossary_path = posixpath.normpath(posixpath.join(start, links.href(src_uri, GLOSSARY)))
    stack = []                  # (tag, skips, own slug)
    open_tags = {}              # tag -> how many in the stack
    own = {}                    # slug -> how many elements in the stack define that term (data-term)
    skipping = 0
    readings = []
    for kind, value, attrs, offset, end in tokens:
        if kind == "start" and value not in VOID:
            # `ours`: linked already (a second pass). Most tags have no attribute the linking reads ({}).
            ours = bool(attrs) and WRAPPER in (attrs.get("class") or "").split()
            skips, defined = value in SKIPPED or ours or "data-no-glossary" in attrs, attrs and attrs.get("data-term")
            stack.append((value, skips, defined))
            open_tags[value] = open_tags.get(value, 0) + 1
            if defined:
                own[defined] = own.get(defined, 0) + 1
            skipping += skips
            slug = attrs.get("data-gloss") if ours else None
            if value == "a":
                slug = _glossary_anchor(attrs.get("href"), src_uri, start, glossary_path)
            if slug:
                readings.append(slug)
        elif kind == "end":
            if open_tags.get(value):
                while stack:
                    tag, skips, defined = stack.pop()
                    open_tags[tag] -= 1
                    skipping -= skips
                    if defined:
                        own[defined] -= 1
                        if not own[defined]:
                            del own[defined]
                    if tag == value:
                        break
        elif kind == "text" and not skipping:
            raw = source[offset:end]
            if not (blank_has_no_term and raw.isspace()):
                readings.append((offset, end, html.unescape(raw) if value is None else value,
                                 frozenset(own) if own else ()))
    return readings


def _link_run(raw, decoded, found, tips, linked, own, src_uri, links):
    """The run of text with its new links, or None when it gets none. `found`: the terms in the run."""
    offsets = None
    pieces, copied = [], 0
    for start, end, slug in found:
        if slug in linked or slug in own:
            continue
        if offsets is None:
            offsets = _decoded_offsets(raw, decoded)
            if offsets is None:
                return None
        raw_start, raw_end = offsets[start], offsets[end]
        if raw_start is None or raw_end is None:
            continue
        linked.setdefault(slug)
        pieces.append(raw[copied:raw_start])
        pieces.append(_link(raw[raw_start:raw_end], slug, tips[slug], src_uri, links))
        copied = raw_end
    if not pieces:
        return None
    pieces.append(raw[copied:])
    return "".join(pieces)


def _link(words, slug, tip, src_uri, links):
    # The tooltip is a sibling of the link, inside one wrapper, so that hovering the tooltip keeps it
    # open (WCAG 1.4.13); `hidden` keeps it out of the text when there is no style sheet.
    href = html.escape(links.href(src_uri, term_page(slug)))
    tip_id = f"gb-gloss-{slug}"
    return (f'<span class="{WRAPPER}" data-gloss="{slug}"><a class="gb-gloss__link" href="{href}" '
            f'aria-describedby="{tip_id}">{words}</a><span class="gb-gloss__tip" id="{tip_id}" role="tooltip" '
            f'hidden data-search-exclude>{tip}</span></span>')


def _glossary_anchor(href, src_uri, start, glossary_path):
    """The term a link points at when it points at its page ("../glossaire/slug/") or at its entry in
    the index ("../glossaire/#slug")."""
    if not href or ("glossaire" not in href and "glossaire" not in src_uri):
        return None     # only a path through glossaire/, or a link on a glossary page, reaches an entry
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return parts.fragment or None if src_uri == GLOSSARY else None
    target = posixpath.normpath(posixpath.join(start, parts.path))
    if target == glossary_path:
        return parts.fragment or None
    page = TERM_PAGE.fullmatch(target)
    return page.group(1) if page else None


def for_build(build: "Build", previous: "Glossary" = None) -> Glossary:
    """The glossary of the guide being built, made once for all its pages; given the previous build's
    (`make serve`), it starts from what that build recorded of the pages' links."""
    guide = build.guide
    records = [*guide.domains, *guide.steps.values(), *guide.initiatives]
    return Glossary(guide.terms, build.views.openings, {r.src_uri: r.title for r in records},
                    previous.linked if previous is not None else None, build.links,
                    lambda template, src_uri, **context: build.templates.render(template, src_uri, build.links,
                                                                                **context))
