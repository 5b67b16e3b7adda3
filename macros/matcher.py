"""One compiled pattern that finds every glossary term and alias in a text, in a single pass."""
import re

WORD = r"[\w\u00C0-\u024F]"


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


class TermMatcher:
    def __init__(self, terms):
        self.slug_of = {}
        for term in terms:
            for form in term.forms:
                self.slug_of.setdefault(fold(form), term.slug)
        forms = sorted(self.slug_of, key=len, reverse=True)
        if not forms:
            self.pattern = None
            return
        alternation = "|".join(
            r"\s+".join(re.escape(word).replace("'", "['’]") for word in form.split()) for form in forms)
        # A hyphen or letter next to the match means it is part of a longer word ("sous-incubateur").
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)

    def finditer(self, text):
        """(start, end, slug) of every occurrence, longest form first at each place."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            yield match.start(), match.end(), self.slug_of[fold(match.group(0))]

    def slugs_in(self, text) -> set:
        return {slug for _s, _e, slug in self.finditer(text)}
