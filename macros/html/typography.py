"""French spacing in the text the site prints: a narrow no-break space (U+202F) before « : ; ! ? »,
after « « » and before « » », so that a phone never leaves « ? » or « « » alone at the start or end of
a line.

Only the space that is there is replaced (an ordinary one, U+00A0, a thin one, a line break, &nbsp;):
a « : » with no space before it (an address, a time « 10:30 ») is left as it is. Guillemets are the
exception: one written against a word (or a tag, « «<em>mot</em> ») gets its space. Nothing changes
inside tags (attributes, addresses), comments, or the elements whose text is code or kept as written
(code, pre, kbd, samp, script, style, textarea).

One regular expression steps over everything that is not a sign in the text (tags, kept elements,
comments, entities, text without a sign) in one match, possessively, so that it never backs into a tag;
Python looks only at the signs of the text, a few dozen a page. The page is never parsed.
"""
import functools
import re

NARROW = "\u202f"
_SPACES = " \t\r\n\u00a0\u2009\u202f"          # the narrow one too: a second pass adds nothing
_SPACE_ENTITIES = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;")
_NARROW_ENTITIES = ("&#8239;", "&#x202f;", "&#x202F;")
_GUILLEMET_ENTITIES = {"&laquo;": "«", "&#171;": "«", "&raquo;": "»", "&#187;": "»"}

_KEPT = ("code", "pre", "kbd", "samp", "script", "style", "textarea")
_TAG_BODY = r"""[^>"']*+(?:(?:"[^"]*+"|'[^']*+')[^>"']*+)*+"""     # a quoted attribute value may hold « > »
_NOT_A_SIGN = re.compile(
    "(?:" + "".join(rf"<{name}(?=[\s/>]){_TAG_BODY}>[^<]*+(?:<(?!/{name}[\s>])[^<]*+)*+</{name}\s*>|"
                    for name in _KEPT)
    + rf"""<!--.*?-->|<[a-zA-Z/!?]{_TAG_BODY}>|[^<:;!?«»&]++
        |&(?!(?:laquo|raquo|\#171|\#187);)(?:(?:\#[0-9]+|\#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)?|<)*+""",
    re.S | re.I | re.X).match
_PLAIN_NOT_A_SIGN = re.compile(r"[^:;!?«»]*+").match
_SPACES_AFTER = re.compile(r"(?:[ \t\r\n\u00a0\u2009\u202f]|&nbsp;|&#160;|&#[xX][aA]0;)*").match
_PLAIN_SPACES_AFTER = re.compile(r"[ \t\r\n\u00a0\u2009\u202f]*").match


def french_spacing(html: str) -> str:
    """The page with the French spaces in its text, every tag, attribute and kept element as it was."""
    return _spaced(html, _NOT_A_SIGN, _SPACES_AFTER, _SPACE_ENTITIES)


# An element of an English page that says its text is French (pages.render: French text with no English
# yet; the 404 page's way to the French edition), and the tags that open or close one of its name.
_FRENCH_ELEMENT = re.compile(r'<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*?\slang="fr"[^>]*>')


def french_passages(html: str) -> str:
    """An English page with French spacing in its French passages only (the elements marked lang="fr");
    English text around them keeps its own."""
    if ' lang="fr"' not in html:
        return html
    out, copied = [], 0
    for opening in _FRENCH_ELEMENT.finditer(html):
        if opening.start() < copied:        # inside a French passage already spaced
            continue
        end = _closing(html, opening.group(1).lower(), opening.end())
        out += (html[copied:opening.end()], french_spacing(html[opening.end():end]))
        copied = end
    out.append(html[copied:])
    return "".join(out)


def _closing(html: str, name: str, position: int) -> int:
    """Where the element opened just before `position` ends (the start of its closing tag)."""
    tags = re.compile(rf"<(/?){re.escape(name)}(?=[\s/>])", re.I)
    depth = 1
    for tag in tags.finditer(html, position):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.start()
    return len(html)


def french_spacing_in_parts(html: str, markers: tuple) -> str:
    """french_spacing(html), the page cut before the first of each marker found in turn, its parts spaced
    one by one: those between two markers, which recur from page to page (a site's navigation, the same on
    every case study), are spaced once, not on every page that shows them.

    The same text as spacing the whole page when each marker starts a tag outside any tag, comment or
    kept element: the scan steps over that tag as it steps over any, a space is looked for before a
    sign only back to the end of a tag, and after a guillemet only up to the start of one."""
    cuts, start = [0], 0
    for marker in markers:
        start = html.find(marker, start)
        if start < 0:
            break
        cuts.append(start)
    cuts.append(len(html))
    parts = [html[low:high] for low, high in zip(cuts, cuts[1:])]
    # The first and last parts hold the page's own text: spaced without being kept.
    first, *middle, last = parts if len(parts) > 1 else [html, ""]
    return "".join([french_spacing(first), *map(_recurring_part, middle), french_spacing(last)])


# A few dozen navigations in a guide of a thousand case studies (one per section and depth), about 15 KB each.
_recurring_part = functools.lru_cache(maxsize=128)(french_spacing)


def for_edition(html: str, language: str, recurring: tuple = ()) -> str:
    """A page or booklet of one edition spaced as its language wants: a French one whole, an English one
    only in its French passages (elsewhere it would put a space before each « ? »). `recurring`: the
    markers of french_spacing_in_parts, for a page whose parts recur from page to page."""
    return french_spacing_in_parts(html, recurring) if language == "fr" else french_passages(html)


def plain_text(text: str) -> str:
    """Text that is not HTML (the data a script shows with textContent) with the same French spaces."""
    return _spaced(text, _PLAIN_NOT_A_SIGN, _PLAIN_SPACES_AFTER, ())


def _spaced(source, not_a_sign, spaces_after, space_entities):
    out, copied, position, size = [], 0, 0, len(source)
    while True:
        position = not_a_sign(source, position).end()
        if position >= size:
            break
        sign, end = source[position], position + 1
        if sign == "&":         # the scan stops at no other entity than a guillemet's
            end = source.index(";", position) + 1
            sign = _GUILLEMET_ENTITIES[source[position:end].lower()]
        if sign == "«":
            after = spaces_after(source, end).end()
            if after > end or not source.startswith(_NARROW_ENTITIES, end):
                out += (source[copied:end], NARROW)
                copied = after
            position = after
            continue
        start = _spaces_before(source, copied, position, space_entities)
        if start < position or (sign == "»" and not source.endswith(_NARROW_ENTITIES, copied, position)):
            out += (source[copied:start], NARROW)
            copied = position
        position = end
    if not out:
        return source
    out.append(source[copied:])
    return "".join(out)


def _spaces_before(source, low, high, entities):
    """Where the spaces (characters or entities) that end source[low:high] start."""
    while high > low:
        if source[high - 1] in _SPACES:
            high -= 1
            continue
        entity = next((e for e in entities if source.endswith(e, low, high)), None)
        if entity is None:
            break
        high -= len(entity)
    return high


def spaced_search_index(site_dir) -> None:
    """The search index with the same spaces as the pages: Material writes it from each page before the
    pass above, so that its results would otherwise show « ? » alone at a line's start."""
    import json
    from pathlib import Path
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for entry in data.get("docs", []):
        entry["title"] = french_spacing(entry.get("title", ""))
        entry["text"] = french_spacing(entry.get("text", ""))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
