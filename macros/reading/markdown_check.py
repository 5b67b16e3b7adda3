"""What contributor Markdown may not contain: raw HTML and links that run code."""
import re

RAW_HTML = re.compile(r"<\s*(/?\s*[a-zA-Z][\w:-]*|!--)[^>]*>?")
INLINE_LINK = re.compile(r"\]\(\s*<?\s*([^)>]*)")  # up to ")": tabs inside still count (java\tscript:)
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+)", re.MULTILINE)
SAFE_SCHEMES = ("http", "https", "mailto")
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def problems(text: str):
    """(offset, message) for each thing refused in a Markdown text."""
    found = []
    if "<" not in text and "](" not in text and "]:" not in text:
        return found    # most texts: each pattern below needs one of these three to match
    for match in RAW_HTML.finditer(text):
        snippet = match.group(0)[:40]
        found.append((match.start(), f"HTML brut refusé (« {snippet} ») : écrivez en Markdown, "
                                     "par exemple **gras** ou [lien](https://exemple.org)"))
    for pattern in (INLINE_LINK, REFERENCE_LINK):
        for match in pattern.finditer(text):
            target = re.sub(r"[\s\x00-\x1f]", "", match.group(1))
            scheme = SCHEME.match(target)
            if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
                found.append((match.start(1), f"lien refusé (« {target[:40]} ») : seules les adresses "
                                              "https://, http:// et mailto: sont acceptées"))
    return found
