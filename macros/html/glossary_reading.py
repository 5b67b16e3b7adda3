"""How the glossary reads a page's HTML: its start tags, end tags and text runs, with their offsets, as
html.parser gives them.

One regular expression reads the markup Python-Markdown and the templates write; a page with any other
markup is read by `html.parser` itself, whose reading the fast one reproduces exactly
(tests/unit/html/test_glossary_scanner.py compares them).
"""
import html
import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
WRAPPER = "gb-gloss"          # class of the element the glossary adds around a link and its tooltip


# --- The fast reading ---
# Only markup html.parser reads in one obvious way is accepted; any other `<` + letter, `</`, `<!` or `<?`
# raises Unsure and the page goes to html.parser. Spaces are the five html.parser stops tag names at
# (\s would also take "\xa0"), and a comment holds no "--" (Python versions differ on "-- >", "--!>").
_SPACE = r"[ \t\n\r\f]"
_ATTRIBUTE = rf"""{_SPACE}+([^\s"'<>/=]+)(?:{_SPACE}*={_SPACE}*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_MARKUP = re.compile(rf"""<(?:
      (?P<start>[a-zA-Z][^\t\n\r\f />\x00]*)(?P<attrs>(?:{_ATTRIBUTE})*){_SPACE}*(?P<void>/?)>
    | /(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*){_SPACE}*>
    | !--(?!-?>)(?:[^-]|-(?!-))*-->
    | ![dD][oO][cC][tT][yY][pP][eE][^>]*>
    | (?P<odd>[a-zA-Z/!?])
    )?""", re.VERBOSE)
_ATTRIBUTES = re.compile(_ATTRIBUTE)
# What may hold an attribute the linking reads: data-no-glossary, data-term, data-gloss, the class of a
# wrapper already made (WRAPPER), or an entity that decodes to one of these.
_READ_ATTRIBUTES = re.compile(rf"(?i)data-|{WRAPPER}|&").search
_END_TAG = re.compile(rf"</([a-zA-Z][-.a-zA-Z0-9:_]*){_SPACE}*>")
# Their content is text up to their end tag (script and style in html.parser, all four in newer Pythons):
# accepted only when every version reads it alike. All four are SKIPPED, so the content is not given.
_RAW_TEXT = {"script": "<!--", "style": "<!--", "textarea": "<", "title": "<"}


class Unsure(Exception):
    """Markup the fast reading leaves to html.parser."""


def scan(source):
    """(kind, decoded text or None, attributes, start, end) of the page's start tags (but void ones),
    end tags and text runs, as html.parser gives them, but for the attributes the linking does not read.
    A text's decoded text is left to the caller (None): a run in a skipped element is never decoded."""
    find, markup = source.find, _MARKUP.match
    position, size = 0, len(source)
    while position < size:
        at = find("<", position)
        if at < 0:
            at = size
        if at > position:
            yield "text", None, None, position, at
        if at == size:
            return
        match = markup(source, at)
        position = match.end()
        tag, attrs, _name, _value, void, end, odd = match.groups()
        if tag:
            tag = tag.lower()
            if void or tag in VOID:
                continue
            # Attributes as html.parser gives them: names in lower case, values unquoted and decoded (one
            # without a value gets "" rather than None: no rule here tells them apart). Only those the
            # linking reads are decoded (a link's, ours, data-*); the others, most tags, give {}.
            attrs = {name.lower(): html.unescape(value[1:-1] if value[:1] in ("'", '"') else value)
                     for name, value in _ATTRIBUTES.findall(attrs)} if attrs and (
                        tag == "a" or _READ_ATTRIBUTES(attrs)) else {}
            yield "start", tag, attrs, at, position
            if tag in _RAW_TEXT:
                close = find("</", position)
                closing = _END_TAG.match(source, close) if close >= 0 else None
                if (closing is None or closing.group(1).lower() != tag
                        or _RAW_TEXT[tag] in source[position:close]):
                    raise Unsure
                yield "end", tag, None, close, closing.end()
                position = closing.end()
        elif end:
            yield "end", end.lower(), None, at, position
        elif odd:
            raise Unsure
        # else a comment, a doctype, or a "<" that starts no markup (html.parser makes it a text of its own)


# --- The reference reading: html.parser, for any page the fast reading is unsure of ---

class _Tokens(HTMLParser):
    """Every token of a page with its offset in the source, so that each one's raw text is known."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.tokens = []            # (offset, kind, tag or decoded text, attrs)
        self.feed(source)
        self.close()

    def _add(self, kind, value=None, attrs=None):
        line, column = self.getpos()
        self.tokens.append((self.line_starts[line - 1] + column, kind, value, attrs))

    def handle_starttag(self, tag, attrs):
        self._add("start", tag, dict(attrs))

    def handle_startendtag(self, tag, attrs):
        self._add("void", tag, dict(attrs))

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("text", data)

    def handle_comment(self, data):
        self._add("other")

    handle_decl = handle_pi = unknown_decl = handle_comment


def parsed(source):
    """The tokens of `scan`, read by html.parser (slower, but reads any markup)."""
    tokens = _Tokens(source).tokens
    for index, (offset, kind, value, attrs) in enumerate(tokens):
        end = tokens[index + 1][0] if index + 1 < len(tokens) else len(source)
        yield kind, value, attrs, offset, end
