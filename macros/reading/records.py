"""Finds the record files and reads and checks each on its own: strict YAML, its kind's JSON Schema, and
the Markdown a contributor may write. Links between records are the model's business.

Every problem of every file is collected before anything is refused, so that a contributor sees the
whole list at once.
"""
from pathlib import Path
import re

from macros import addresses
from macros.reading import markdown_check, schema_messages, schemas, yamlload
from macros.reading.problems import Problem
from macros.reading.yamlload import Document

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def record_files(root: Path, kinds: list):
    """(kind, path) of every record file, YAML or not: a stray file is a problem, not a silence. A
    symbolic link is listed as it stands, never followed (see _read_record)."""
    for kind in kinds:
        for path in _matching(root, kind.files.split("/")):
            if (path.is_symlink() or path.is_file()) and not path.name.startswith("."):
                yield kind, path


def _matching(folder: Path, parts: list):
    """root.glob(pattern) for « name/* » patterns, without going through a link to a folder: a link in
    a pull request could list, or publish, what lies outside the repository."""
    head, rest = parts[0], parts[1:]
    found = sorted(folder.iterdir()) if head == "*" else [folder / head]
    for path in found:
        if not rest:
            yield path
        elif path.is_symlink():
            yield path          # refused where it stands, whatever it points to
        elif path.is_dir():
            yield from _matching(path, rest)


def read_all(root: Path, kinds: list, workers: int = 1, cache: "ReadCache" = None) -> tuple[list, list]:
    """(documents that can be built, problems): every record file read and checked on its own.

    workers > 1 reads the files in that many processes: `make check` does, on a large guide (each file
    is read and checked on its own; only the links between records need them all). A cache keeps what
    was read of each file for the next call (`make serve`)."""
    files = list(record_files(root, kinds))
    if cache is not None:
        read = cache.read(root, files)
    elif workers > 1 and len(files) >= PARALLEL_FROM:
        read = _read_in_processes(root, files, workers)
    else:
        read = [_read_record(root, kind, path) for kind, path in files]
    documents = [document for document, _problems in read if document is not None]
    problems = [problem for _document, found in read for problem in found]
    problems.extend(_same_address(documents, addresses.TOP_LEVEL_KINDS))
    return documents, problems


def buildable(documents: list[Document]) -> tuple[list, set]:
    """(documents without problems, (kind, key) of the others). Records of broken files are left out of
    the model, but their names stay known so that a reference to them is not reported a second time as a
    reference to nothing."""
    valid = [d for d in documents if not d.problems and SLUG.match(d.slug)]
    # By identity: `d not in valid` compared whole documents field by field, files² times.
    kept = {id(d) for d in valid}
    return valid, {record_key(d) for d in documents if id(d) not in kept}


def _same_address(documents, kinds):
    """A domain and a self-assessment of the same name would both be the page /<name>/."""
    first = {}
    for document in documents:
        if document.kind in kinds:
            other = first.setdefault(document.slug, document)
            if other is not document and other.kind != document.kind:
                yield Problem(document.path, 1, 1, f"nom de fichier déjà pris par « {other.path} » : les deux "
                              f"pages auraient la même adresse /{document.slug}/ ; renommez l'un des deux fichiers")


PARALLEL_FROM = 400      # files: below, starting the processes costs more than it saves


def _read_record(root: Path, kind, path: Path) -> tuple:
    """(document or None, problems) of one record file of this kind, read and checked on its own."""
    label = path.relative_to(root).as_posix()
    if path.is_symlink():
        return None, [Problem(label, 1, 1, "lien symbolique refusé : le guide ne lit que des fichiers ordinaires "
                                          "du dépôt ; remplacez le lien par le fichier lui-même")]
    if path.suffix != ".yml":
        return None, [Problem(label, 1, 1, "seuls les fichiers « .yml » sont lus ici : "
                                          f"renommez-le en « {path.stem}.yml » ou retirez-le")]
    problems = []
    document = yamlload.load(label, path.read_bytes())
    document.kind = kind.name
    document.slug = path.stem
    if not SLUG.match(path.stem):
        odd = "" if suggest_slug(path.stem) else schemas.unusual_characters(path.stem)
        problems.append(Problem(label, 1, 1,
            f"nom de fichier invalide « {path.name} »{f' (caractère non autorisé : {odd})' if odd else ''} : "
            "seulement des minuscules sans accents, des chiffres et des tirets, par exemple "
            f"« {suggest_slug(path.stem) or 'ma-ville-mon-projet'}.yml »"))
    elif path.stem in addresses.reserved(kind.name, root):
        problems.append(Problem(label, 1, 1,
            f"nom de fichier réservé « {path.name} » : le guide a déjà une page à cette adresse ; "
            f"choisissez un nom plus précis, par exemple « {path.stem}-{'ma-ville' if kind.name == 'initiative' else 'guide'}.yml »"))
    elif kind.name == "step" and not SLUG.match(path.parent.name):
        problems.append(Problem(label, 1, 1, f"nom de dossier invalide « {path.parent.name} »"))
    if document.data is not None:
        schema_messages.check(document, kind.schema)
        schema_messages.check_dates(document, kind.schema)
        if not document.problems:
            check_markdown(document, kind.markdown_fields)
    return document, problems + document.problems


def _read_chunk(root, files):
    return [_read_record(root, kind, path) for kind, path in files]


def _read_in_processes(root, files, workers):
    """The same as reading the files in turn, in the same order, by forked processes."""
    import concurrent.futures
    import multiprocessing
    chunks = [files[start:start + 100] for start in range(0, len(files), 100)]
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return [read for chunk in pool.map(_read_chunk, [root] * len(chunks), chunks) for read in chunk]


class ReadCache:
    """What was read of each file, kept between the rebuilds of `make serve`: after an edit, only the
    edited file is read and checked again, rather than every file at every keystroke saved. A file counts as edited when its date or size changed; every file, when a schema did."""

    def __init__(self):
        self.entries = {}
        self.schemas = None
        # Files read again by the last call (their labels, e.g. "initiatives/x.yml"); None when every
        # file was (the first call, a schema edited, a file added or removed).
        self.edited = None

    def read(self, root, files):
        stamps = {path.name: _stamp(path) for path in schemas.SCHEMA_DIR.glob("*.json")}
        if stamps != self.schemas:
            self.entries.clear()
            self.schemas = stamps
        same_files = set(self.entries) == set(files)
        kept, edited = {}, set()
        for kind, path in files:
            key, stamp = (kind, path), _stamp(path)
            entry = self.entries.get(key)
            if entry is None or entry[0] != stamp:
                entry = (stamp, _read_record(root, kind, path))
                edited.add(path.relative_to(root).as_posix())
            kept[key] = entry
        self.entries = kept
        self.edited = edited if same_files else None
        return [entry[1] for entry in kept.values()]


def _stamp(path):
    status = path.lstat()
    return status.st_mtime_ns, status.st_size


def record_key(document: Document) -> tuple:
    if document.kind == "step":
        return ("step", f"{Path(document.path).parent.name}/{document.slug}")
    return (document.kind, document.slug)


def _walk(data, pattern, path=()):
    if not pattern:
        yield path, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for index, item in enumerate(data if isinstance(data, list) else []):
            yield from _walk(item, rest, path + (index,))
    elif isinstance(data, dict) and head in data:
        yield from _walk(data[head], rest, path + (head,))


def check_markdown(document: Document, fields: tuple):
    for pattern in fields:
        for path, text in _walk(document.data, pattern):
            if isinstance(text, str):
                for offset, message in markdown_check.problems(text):
                    document.problem_in_text(path, offset, message)


def suggest_slug(text: str) -> str:
    """The slug a name was probably meant to be: « Saint-Étienne Lab » -> « saint-etienne-lab »."""
    import unicodedata
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    if not plain.isascii():
        return ""   # a letter from another alphabet: guessing its Latin twin could name the wrong file
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())
