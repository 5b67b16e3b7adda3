"""The English edition's records: each French record with the text of its overlay (`en/<its path>`, see
translations.py) in place of the French text, before the model is built, so that every page, the
glossary's matching, the listings and the filters read English.

The overlay's strings replace the French strings at the same paths (lists item by item); everything
else (numbers, identifiers, references, addresses, sources) is the French record's own. A text with no
English yet stays French, marked as such (`French`), and the pages say so (`lang="fr"` and a notice).

An overlay that cannot be used is refused with its line, as a French record is: not YAML, not the French
record's shape (translations.shape_problems), or English text that the record's schema or the Markdown
rules refuse (a title over two lines, raw HTML…). The French records were checked already: whatever is
found now comes from the overlay, and is located in it.
"""
import copy
from dataclasses import dataclass, field
from pathlib import Path

from macros.reading import records, schema_messages, translations, yamlload
from macros.reading.yamlload import Document

EVERYTHING, SOME = "all", "some"       # how much of a record is still French


class French(str):
    """A text of a French record shown in the English edition because it has no translation yet."""
    __slots__ = ()


def is_french(*values) -> bool:
    """Whether any of these texts (or lists of texts) is French text shown in the English edition."""
    # A loop rather than any() over a generator: asked tens of thousands of times per build, by every
    # page template, and half the time.
    for value in values:
        if isinstance(value, French) or (isinstance(value, list) and is_french(*value)):
            return True
    return False


@dataclass
class Edition:
    documents: list                                   # the records to build, English text in place
    problems: list = field(default_factory=list)
    untranslated: dict = field(default_factory=dict)  # record path -> EVERYTHING or SOME
    overlays: dict = field(default_factory=dict)      # record path -> its overlay, to locate problems


def merged(french, english, key=None, mark=French):
    """The French data with the English strings at the same paths; a French text left is marked French
    (`mark`: str leaves it unmarked, for the schema validator, which reads only plain values)."""
    if key in translations.NOT_TEXT:
        return french
    if key in translations.FREE_LISTS and isinstance(english, list):
        return english          # English's own forms, as many as it has (a glossary's synonyms, variants)
    if isinstance(french, dict):
        english = english if isinstance(english, dict) else {}
        data = {name: merged(value, english.get(name), name, mark) for name, value in french.items()}
        # A term may have English synonyms where the French has none.
        data.update({name: value for name, value in english.items()
                     if name in translations.FREE_LISTS and name not in french and isinstance(value, list)})
        return data
    if isinstance(french, list):
        english = english if isinstance(english, list) and len(english) == len(french) else [None] * len(french)
        return [merged(item, other, None, mark) for item, other in zip(french, english)]
    if isinstance(french, str):
        return english if isinstance(english, str) else mark(french)
    return french


def _still_french(data) -> bool:
    if isinstance(data, dict):
        return any(_still_french(value) for value in data.values())
    if isinstance(data, list):
        return any(_still_french(value) for value in data)
    return isinstance(data, French)


def english(root: Path, documents: list, kinds: dict) -> Edition:
    """The records of `documents` (checked French records) as the English edition reads them."""
    edition = Edition([])
    for document in documents:
        target = Path(root) / translations.FOLDER / document.path
        # Never followed: a link sent in a pull request could publish what it points to.
        overlay = yamlload.load(f"{translations.FOLDER}/{document.path}", target.read_bytes()) \
            if target.is_file() and not target.is_symlink() else None
        if overlay is not None and not overlay.problems and translations.is_blank(overlay):
            overlay = None      # make new-initiative's skeleton: not translated yet
        if overlay is not None:
            problems = translations.shape_problems(document.data, overlay)
            if not problems:
                problems = _refused_text(document, overlay, kinds[document.kind])
            edition.problems += problems
            # A refused overlay fails the build; its record is still built, in French, so that the
            # records naming it are not reported a second time.
            overlay = None if problems else overlay
        if overlay is not None:
            edition.overlays[document.path] = overlay
        read = copy.copy(document)
        read.data = merged(document.data, overlay.data if overlay else None)
        if _still_french(read.data):
            edition.untranslated[document.path] = SOME if overlay else EVERYTHING
        edition.documents.append(read)
    return edition


def _refused_text(document: Document, overlay: Document, kind) -> list:
    """What the schema and the Markdown rules refuse in the English text, located in the overlay."""
    english_text = Document(overlay.path, merged(document.data, overlay.data, mark=str), raw=overlay.raw,
                            may_hold_control=overlay.may_hold_control)
    schema_messages.check(english_text, kind.schema)
    if not english_text.problems:
        records.check_markdown(english_text, kind.markdown_fields)
    return english_text.problems


def stamps(root: Path) -> dict:
    """The date and size of every overlay file: under `make serve`, an edited overlay changes the text of
    pages the French files read again do not name."""
    folder = Path(root) / translations.FOLDER
    return {path: (path.stat().st_mtime_ns, path.stat().st_size) for path in sorted(folder.rglob("*.yml"))} \
        if folder.is_dir() else {}
