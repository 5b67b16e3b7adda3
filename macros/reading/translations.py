"""English text beside the French: one overlay file per record, holding only what a reader reads.

`en/<the record's path>` (e.g. `en/initiatives/datacity-casablanca.yml`) has the same keys, nesting and
list lengths as the French record, with only its text: no dates, numbers, identifiers, references to
other records, addresses or sources. What is not text therefore has one source of truth (the French
file), and a contributor who writes a case study in French only is never asked for English.

`translated_from` holds a fingerprint of the French text the translation was made from: when the French
text changes, the fingerprint no longer matches and the translation is reported as stale, at its line.
Hand-written pages (`en/docs/<page>.md`) keep it in their front matter.
"""
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from macros.reading import yamlload
from macros.reading.problems import Problem

FOLDER = "en"
STAMP = "translated_from"
# Values read by the engine, not by the reader: an overlay never holds them (an `id` may be repeated to
# say which item a translation is for, and then must be the French one).
NOT_TEXT = frozenset({"consulted", "devices", "end", "figure", "file", "id", "max", "min", "next", "number",
                      "related", "score", "start", "step", "steps", "terms", "url", "sources"})
# Lists of the other forms of a glossary term: each language has its own, as many as it needs.
FREE_LISTS = frozenset({"synonyms", "variants"})
# Folders of records that have an English overlay, and hand-written pages.
RECORD_FOLDERS = ("initiatives", "glossary", "roadmap", "decisions", "assessments")
PAGES = "docs"


@dataclass
class Report:
    problems: list = field(default_factory=list)     # an overlay that cannot be used: wrong key, shape…
    missing: list = field(default_factory=list)      # French text with no English yet
    stale: list = field(default_factory=list)        # English made from an older French text
    translated: int = 0
    records: int = 0


def french_text(data, path=()) -> list:
    """(path, text) of every text a reader reads in a French record, in file order."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FREE_LISTS and isinstance(value, list):
                found += [(path + (key,), "\n".join(map(str, value)))]
            elif key not in NOT_TEXT:
                found += french_text(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += french_text(value, path + (index,))
    elif isinstance(data, str):
        found.append((path, data))
    return found


def fingerprint(french_data) -> str:
    """Twelve hex digits that change whenever a text of the French record changes."""
    texts = json.dumps(french_text(french_data), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(texts.encode("utf-8")).hexdigest()[:12]


def page_fingerprint(markdown: str) -> str:
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:12]


def overlay_path(root: Path, french: Path) -> Path:
    return root / FOLDER / french.relative_to(root)


def french_records(root: Path) -> list:
    return sorted(path for folder in RECORD_FOLDERS for path in (root / folder).rglob("*.yml")
                  if path.is_file())


def _at(document, path, message, key=False) -> Problem:
    return Problem(document.path, *document.where(path, key), message)


def _shape(french, english, path, document, report):
    """Report where the overlay leaves the French record's shape (paths are the overlay's own)."""
    if isinstance(english, dict):
        if not isinstance(french, dict):
            report.problems.append(_at(document, path, "ici le texte français n'est pas une liste de clés"))
            return
        for key, value in english.items():
            at = path + (key,)
            if not path and key == STAMP:
                continue
            if key in FREE_LISTS and isinstance(value, list):     # even where the French has none
                _free_list(value, at, document, report)
            elif key not in french:
                report.problems.append(_at(document, at, f"clé « {key} » absente du fichier français", key=True))
            elif key == "id":
                if value != french[key]:
                    report.problems.append(_at(document, at, f"identifiant « {value} » : le fichier "
                                                                f"français a « {french[key]} » à cet endroit"))
            elif key in NOT_TEXT:
                report.problems.append(_at(document, at, f"« {key} » n'est pas du texte : il ne se traduit pas, "
                                                            "retirez-le (le fichier français suffit)", key=True))
            else:
                _shape(french[key], value, at, document, report)
    elif isinstance(english, list):
        if not isinstance(french, list) or len(french) != len(english):
            size = len(french) if isinstance(french, list) else "aucun"
            report.problems.append(_at(document, path, f"{len(english)} élément(s) ici, {size} dans le "
                                                          "fichier français : donnez-les tous, dans le même ordre"))
            return
        for index, (f_item, e_item) in enumerate(zip(french, english)):
            _shape(f_item, e_item, path + (index,), document, report)
    elif not isinstance(english, str) or not isinstance(french, str):
        report.problems.append(_at(document, path, "une traduction est un texte, à la place d'un texte français"))
    elif not english.strip():
        report.problems.append(_at(document, path, "traduction vide : écrivez le texte ou retirez la clé"))


def _free_list(values, path, document, report):
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            report.problems.append(_at(document, path + (index,), "une forme du terme est un texte non vide"))


def _covered(english, path=()) -> set:
    if isinstance(english, dict):
        return set().union(*({path + (k,)} if k in FREE_LISTS else _covered(v, path + (k,))
                             for k, v in english.items())) if english else set()
    if isinstance(english, list):
        return set().union(*(_covered(v, path + (i,)) for i, v in enumerate(english))) if english else set()
    return {path}


def is_blank(document) -> bool:
    """An overlay with nothing translated yet, as `make new-initiative` writes it (its stamp left empty)."""
    return isinstance(document.data, dict) and set(document.data) <= {STAMP} and not document.data.get(STAMP)


def shape_problems(french_data, document) -> list:
    """Why an overlay, read into `document`, cannot be laid over the French record's data ([] when it
    can): its own YAML problems, then every place it leaves the French record's shape."""
    if document.problems or document.data is None:
        return list(document.problems)
    if not isinstance(document.data, dict):
        return [Problem(document.path, 1, 1, "une traduction est une liste de clés, comme le fichier français")]
    report = Report()
    _shape(french_data, document.data, (), document, report)
    return report.problems


def check_record(root: Path, french: Path, report: Report):
    report.records += 1
    target = overlay_path(root, french)
    label = target.relative_to(root).as_posix()
    if not target.is_file():
        report.missing.append(Problem(label, 1, 1, f"pas de traduction anglaise de {french.relative_to(root).as_posix()}"))
        return
    french_data = yamlload.load(french.relative_to(root).as_posix(), french.read_bytes()).data
    document = yamlload.load(label, target.read_bytes())
    if french_data is None:
        report.problems += document.problems
        return
    problems = shape_problems(french_data, document)
    report.problems += problems
    if problems:
        return
    if is_blank(document):
        report.missing.append(Problem(label, 1, 1, f"traduction anglaise encore vide de {french.relative_to(root).as_posix()}"))
        return
    covered = _covered(document.data)
    untranslated = [path for path, _ in french_text(french_data) if path not in covered]
    for path in untranslated[:1]:
        report.missing.append(Problem(label, document.where(path[:1], key=True)[0], 1, f"{len(untranslated)} texte(s) du fichier français "
                                                      f"sans traduction, dont « {'.'.join(map(str, path))} »"))
    stamp = document.data.get(STAMP)
    if str(stamp) != fingerprint(french_data):
        line, col = document.where((STAMP,)) if STAMP in document.data else (1, 1)
        report.stale.append(Problem(label, line, col, "traduction faite sur un texte français plus ancien : "
                                                      "revoyez-la, puis « make translations-stamp »" if stamp else
                                    f"« {STAMP} » manque : « make translations-stamp » l'écrit"))
    elif not untranslated:
        report.translated += 1


def check(root: Path) -> Report:
    report = Report()
    for french in french_records(root):
        check_record(root, french, report)
    check_pages(root, report)
    english_root = root / FOLDER
    for target in sorted(english_root.rglob("*.yml")) if english_root.is_dir() else ():
        french = root / target.relative_to(english_root)
        if target.relative_to(english_root).parts[0] in RECORD_FOLDERS and not french.is_file():
            report.problems.append(Problem(target.relative_to(root).as_posix(), 1, 1,
                                           "aucun fichier français à cette adresse : renommez la traduction "
                                           "comme le fichier qu'elle traduit"))
    return report


def stamp(root: Path, target: Path) -> bool:
    """Write the fingerprint of the French text into one overlay; False when it already held it."""
    french = root / target.relative_to(root / FOLDER)
    value = fingerprint(yamlload.load(french.name, french.read_bytes()).data)
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    line = f'{STAMP}: "{value}"\n'     # quoted: twelve hex digits may all be digits, which YAML reads as a number
    at = next((i for i, text in enumerate(lines) if text.startswith(f"{STAMP}:")), None)
    if at is not None:
        if lines[at] == line:
            return False
        lines[at] = line
    else:
        first = 1 if lines and lines[0].startswith("# yaml-language-server") else 0
        lines.insert(first, line)
    target.write_text("".join(lines), encoding="utf-8")
    return True


def _front_matter_stamp(text: str):
    if not text.startswith("---\n"):
        return None, 1
    head = text[4:text.find("\n---", 4)] if "\n---" in text[4:] else ""
    for number, line in enumerate(head.splitlines(), start=2):
        if line.startswith(f"{STAMP}:"):
            return line.split(":", 1)[1].strip().strip('"'), number
    return None, 1


def check_pages(root: Path, report: Report):
    """Hand-written pages: en/docs/<page>.md beside docs/<page>.md."""
    for french in sorted((root / PAGES).glob("*.md")):
        report.records += 1
        target = root / FOLDER / PAGES / french.name
        label = target.relative_to(root).as_posix()
        if not target.is_file():
            report.missing.append(Problem(label, 1, 1, f"pas de traduction anglaise de {PAGES}/{french.name}"))
            continue
        value, line = _front_matter_stamp(target.read_text(encoding="utf-8"))
        if value != page_fingerprint(french.read_text(encoding="utf-8")):
            report.stale.append(Problem(label, line, 1, "traduction faite sur une page française plus ancienne : "
                                                        "revoyez-la, puis « make translations-stamp »" if value else
                                        f"« {STAMP} » manque : « make translations-stamp » l'écrit"))
        else:
            report.translated += 1


def english_page(root: Path, name: str):
    """The English text of the hand-written page docs/<name> (en/docs/<name>), without the fingerprint in
    its front matter (a note for `make translations`, not for the page); None when there is none yet."""
    target = root / FOLDER / PAGES / name
    if target.is_symlink() or not target.is_file():
        return None
    text = target.read_text(encoding="utf-8")
    value, number = _front_matter_stamp(text)
    if value is None:
        return text
    lines = text.split("\n")
    del lines[number - 1]
    return "\n".join(lines)


def stamp_page(root: Path, target: Path) -> bool:
    french = root / PAGES / target.name
    line = f'{STAMP}: "{page_fingerprint(french.read_text(encoding="utf-8"))}"'
    text = target.read_text(encoding="utf-8")
    value, number = _front_matter_stamp(text)
    lines = text.split("\n")
    if value is not None:
        if lines[number - 1] == line:
            return False
        lines[number - 1] = line
    elif text.startswith("---\n"):
        lines.insert(1, line)
    else:
        lines[:0] = ["---", line, "---", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
    return True
