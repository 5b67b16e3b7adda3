"""What every kind's builder shares: reporting a problem at its line, resolving a reference to another
record, refusing a duplicate id, and the closest known name to suggest.

A reference to a record whose own file is broken was reported with that file: it is not reported a
second time as a reference to nothing (`Checks.broken`).
"""
from pathlib import Path
from typing import Callable, Iterable, Optional

from macros.reading.problems import Problem
from macros.reading.schemas import closest
from macros.reading.yamlload import Document


def did_you_mean(value: str, known: Iterable[str]) -> str:
    close = closest(value, known)
    return f" : vouliez-vous dire « {close} » ?" if close else ""


def unknown(what: str, value: str, known: Iterable[str], folder: Optional[str] = None) -> str:
    """With folder ("glossary"), a value close to none says which file it would name."""
    hint = did_you_mean(value, known)
    if not hint and folder:
        hint = (f" : le fichier {folder}/{value}.yml n'existe pas ; nommez un fichier existant de {folder}/ "
                "(sans « .yml »)")
    return f"{what} inconnu{'e' if what == 'étape' else ''} « {value} »{hint}"


class Checks:
    """The problems found while the records are built and linked, each located in its file."""

    def __init__(self, root: Path, broken: Iterable[tuple] = (), overlays: dict = None):
        self.root = root                # the guide's folder: images are looked for under its docs/
        self.broken = set(broken)       # (kind, key) of records whose file was refused
        self.problems: list[Problem] = []
        # In the English edition, each record's overlay (by the record's path): a problem with a text it
        # gave (two terms claiming one English word) is the overlay's to fix, and is located there.
        self.overlays = overlays or {}

    def report(self, document: Document, path: tuple, message: str, key: bool = False) -> None:
        overlay = self.overlays.get(document.path)
        if overlay is not None and tuple(path) in overlay.value_at:
            document = overlay
        line, col = document.where(path, key)
        self.problems.append(Problem(document.path, line, col, message))

    def reporter(self, document: Document) -> Callable[[tuple, str], None]:
        return lambda path, message: self.report(document, path, message)

    def resolve(self, document: Document, path: tuple, key, known: dict, kind: str, what: str,
                folder: Optional[str] = None):
        """The record `key` names among `known`, or None once the problem is reported."""
        if key in known:
            return known[key]
        if (kind, key) not in self.broken:
            self.report(document, path, unknown(what, key, known, folder))
        return None

    def resolve_all(self, document: Document, path: tuple, keys: list, known: dict, kind: str, what: str,
                    folder: Optional[str] = None) -> list:
        found = (self.resolve(document, path + (index,), key, known, kind, what, folder)
                 for index, key in enumerate(keys))
        return [record for record in found if record is not None]

    def unique(self, entries: Iterable[tuple], message: Callable[[object, tuple], str]) -> dict:
        """Report each (document, path, id) whose id an earlier entry holds, with `message(id, first
        entry)`; return {id: the entry that holds it}. The first holder's line is looked up only then."""
        first = {}
        for entry in entries:
            value = entry[2]
            if value in first:
                self.report(entry[0], entry[1], message(value, first[value]))
            else:
                first[value] = entry
        return first
