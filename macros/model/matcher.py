"""One compiled pattern that finds every glossary term and alias in a text, in a single pass."""
import functools
import itertools
import re

WORD = r"[\w\u00C0-\u024F]"
_SPACE, _APOSTROPHE = " ", "'"
_JOINT = "\x00"        # between the texts find_in_each reads in one pass


def fold(text: str) -> str:
    return " ".join(lowered(text.replace("’", "'")).split())


def _trie_pattern(forms) -> str:
    """The forms as one regular expression that shares their common beginnings (a trie).

    A flat alternation of every form costs, at each character of the text, one try per form: with
    hundreds of terms the glossary would cost pages × terms. Here the engine follows one branch per
    character. The longer branch is tried first, so the longest form wins at each place, as before.
    """
    trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}      # a form ends here

    def branch(char):
        if char == _SPACE:
            return r"\s+"
        if char == _APOSTROPHE:
            return "['’]"
        return re.escape(char)

    def emit(node):
        children = [branch(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        group = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        if "" in node:
            return f"(?:{group})?"
        return group if len(children) == 1 or group.startswith("(?:") else f"(?:{group})"

    return emit(trie)


# Kept for the next build of `make serve`: the forms rarely change, and making the pattern of a large
# glossary is not free (see benchmarks/README.md).
@functools.lru_cache(maxsize=2)
def _pattern(forms: tuple):
    # A hyphen or letter next to the match means it is part of a longer word ("sous-incubateur").
    return re.compile(rf"(?<![\w-])(?:{_trie_pattern(forms)})(?![\w-])")


def lowered(text: str) -> str:
    """The text in lower case, character for character, so that offsets in it are offsets in the text.

    The pattern reads lowered text rather than using IGNORECASE, which made it 2.5 times slower. The rare
    letter whose lower case is two characters ("İ" gives "i" and a combining dot) is kept as written.
    """
    result = text.lower()
    if len(result) == len(text):
        return result
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


class TermMatcher:
    def __init__(self, terms):
        self.slug_of = {}
        for term in terms:
            for form in term.forms:
                self.slug_of.setdefault(fold(form), term.slug)
        self._slugs_seen = {}       # a form as written -> its slug: the same words recur on every page
        # The forms are folded, so in lower case, as the text the pattern reads.
        self.pattern = _pattern(tuple(sorted(self.slug_of))) if self.slug_of else None
        self._joinable = not any(_JOINT in form for form in self.slug_of)

    def finditer(self, text):
        """(start, end, slug) of every occurrence, longest form first at each place."""
        if self.pattern is None:
            return
        seen = self._slugs_seen
        for match in self.pattern.finditer(lowered(text)):
            words = match.group(0)
            slug = seen.get(words)
            if slug is None:
                slug = seen[words] = self.slug_of[fold(words)]
            yield (*match.span(), slug)

    def find_in_each(self, texts: list) -> dict:
        """{index of a text: its (start, end, slug), as finditer gives them} for the texts where a term is.

        One pass over all the texts joined rather than one per text (a page has hundreds of short runs,
        and each pass has its cost). They are joined by a character no form holds and the pattern cannot
        cross (neither a space, nor part of a word), so that each text is read as if alone."""
        found = {}
        if self.pattern is None:
            return found
        if not self._joinable:          # a form with that very character (written as "\0" in YAML)
            for index, text in enumerate(texts):
                matches = list(self.finditer(text))
                if matches:
                    found[index] = matches
            return found
        ends = list(itertools.accumulate(len(text) + 1 for text in texts))
        index, offset = 0, 0
        for start, end, slug in self.finditer(_JOINT.join(texts)):
            while start >= ends[index]:
                offset = ends[index]
                index += 1
            found.setdefault(index, []).append((start - offset, end - offset, slug))
        return found

    def slugs_in(self, text) -> set:
        return {slug for _s, _e, slug in self.finditer(text)}
