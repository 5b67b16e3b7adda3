"""The words the guide itself writes around the contributors' text (headings, labels, notices, the 404
page…), one catalogue per language: `messages/<language>.yml`, both with the same keys.

A message is written as template text is: trusted, typed by the project's maintainers, never by a
contributor. `markup()` gives it to the page templates as it would stand in the template (so that the
French pages stay byte for byte what they were), with the values put in it escaped; `text()` gives it
to Python code as plain text (a page title, a description), escaped later where it is printed.

A message may have a plural: `{one: …, other: …}`, chosen by `count` with the language's rule (French
puts 0 and 1 in the singular, English only 1).
"""
import functools
from datetime import date
from pathlib import Path

from markupsafe import Markup, escape

from macros.reading import yamlload

FOLDER = Path(__file__).resolve().parent / "messages"
LANGUAGES = ("fr", "en")
PLURAL_FORMS = frozenset({"one", "other"})
_SINGULAR = {"fr": lambda count: count <= 1, "en": lambda count: count == 1}


def _flattened(data: dict, prefix: str = "") -> dict:
    """{"section.key": message}: a plural message ({one, other}) and a list (the months) are messages."""
    found = {}
    for key, value in data.items():
        if isinstance(value, dict) and set(value) != PLURAL_FORMS:
            found.update(_flattened(value, f"{prefix}{key}."))
        else:
            found[f"{prefix}{key}"] = value
    return found


@functools.lru_cache(maxsize=None)
def messages(language: str) -> dict:
    path = FOLDER / f"{language}.yml"
    document = yamlload.load(f"macros/pages/messages/{language}.yml", path.read_bytes())
    if document.problems:
        raise ValueError("\n".join(map(str, document.problems)))
    return _flattened(document.data)


class Catalogue:
    """The messages of one language."""

    def __init__(self, language: str = "fr"):
        if language not in LANGUAGES:
            raise ValueError(f"langue « {language} » inconnue : le guide existe en {', '.join(LANGUAGES)}")
        self.language = language
        self.messages = messages(language)
        self._as_markup = {}        # key -> the message without values, as template text (asked on every page)

    def _message(self, key: str, count=None) -> str:
        message = self.messages[key]
        if isinstance(message, dict):
            return message["one" if _SINGULAR[self.language](count) else "other"]
        return message

    def text(self, key: str, **values) -> str:
        """The message as plain text, its values put in as they are."""
        message = self._message(key, values.get("count"))
        return message.format(**values) if values else message

    def markup(self, key: str, **values) -> Markup:
        """The message as template text: as written, with its values escaped (Markup ones kept)."""
        if not values:
            found = self._as_markup.get(key)
            if found is None:
                found = self._as_markup[key] = Markup(self._message(key))
            return found
        message = self._message(key, values.get("count"))
        # Markup.format escapes through a Formatter of its own, a tenth of the pages' rendering with
        # thousands of messages: the values escaped first and put in by str.format give the same text
        # (placeholders here are plain {name}, with no format spec nor attribute).
        return Markup(message.format_map({name: escape(value) for name, value in values.items()}))

    def date(self, value) -> str:
        """« 1er mars 2025 », « 1 March 2025 »: a day (or an ISO date, « 2025-03-01 »)."""
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        number = self.messages["date.first_day"] if day.day == 1 else str(day.day)
        return self.messages["date.format"].format(day=number, month=self.messages["date.months"][day.month - 1],
                                                   year=day.year)

    def points(self, score: int) -> str:
        return self.text("assessment.points", count=score)

    def years(self, initiative) -> str:
        """When a case study ran: « depuis 2019 », « 2019 », « 2015–2018 »."""
        if initiative.year_end is None:
            return self.text("initiative.since", start=initiative.year_start)
        if initiative.year_end == initiative.year_start:
            return str(initiative.year_start)
        return f"{initiative.year_start}–{initiative.year_end}"


def in_language(language: str, key: str, **values) -> Markup:
    """A message of another edition's catalogue, for the few words a page says in that language (the 404
    page leads to the other edition in its own language)."""
    return Catalogue(language).markup(key, **values)
