"""`python -m benchmarks.compare_sites OLD NEW`: are two built sites the same, file for file?

For a change that must not change the site (a reorganisation of the engine): build the site before and
after (`make build`, or `mkdocs build -d …`), then compare. Every difference is named: a file only on
one side, or a file whose bytes differ (for a text file, the first line that differs; for the offline
copy's archive, each file of it). What legitimately varies from one build to the next is set aside
before comparing, and listed with its reason (VARYING); exit status 1 when anything else differs.
"""
import argparse
import fnmatch
import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

# What differs between two builds of the same sources, and why: it is removed before comparing.
VARYING = {
    "sitemap.xml.gz": "gzip y inscrit le chemin où il est écrit et une date : comparé décompressé",
    "sitemap.xml*": "<lastmod>, le jour de la construction",
    "telechargements/*.pdf": "/CreationDate et /ModDate, la date du jour quand une fiche imprimée n'est pas "
                             "encore dans l'historique git (sinon celle de son dernier commit)",
    "telechargements/*.zip": "la date de chaque fichier de l'archive : les fichiers sont comparés un à un",
    "telechargements/*.xlsx": "dcterms:created et dcterms:modified, l'heure où openpyxl l'écrit, et la date de "
                              "chaque fichier du classeur : comparé partie par partie, sans elles",
}
_PDF_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)")
_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")
_XLSX_DATES = re.compile(rb"<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>")
TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg", ".md"}


def files(root: Path) -> dict:
    return {path.relative_to(root).as_posix(): path for path in sorted(root.rglob("*")) if path.is_file()}


def comparable(relative: str, data: bytes) -> bytes:
    """The bytes of a file without what varies from one build to the next."""
    if relative.endswith(".gz"):
        data = gzip.decompress(data)
    if fnmatch.fnmatch(relative, "sitemap.xml*"):
        data = _LASTMOD.sub(b"", data)
    if relative.endswith(".pdf"):
        data = _PDF_DATES.sub(b"", data)
    if relative.endswith(".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            data = b"".join(name.encode() + b"\n" + _XLSX_DATES.sub(b"", workbook.read(name)) + b"\n"
                            for name in sorted(workbook.namelist()))
    return data


def archive_differences(relative: str, old: bytes, new: bytes) -> list:
    """Each file of two zip archives that is on one side only or differs."""
    with zipfile.ZipFile(io.BytesIO(old)) as before, zipfile.ZipFile(io.BytesIO(new)) as after:
        old_files, new_files = set(before.namelist()), set(after.namelist())
        found = [f"seulement dans l'ancien site : {relative}:{name}" for name in sorted(old_files - new_files)]
        found += [f"seulement dans le nouveau site : {relative}:{name}" for name in sorted(new_files - old_files)]
        found += [f"différent : {relative}:{name}" for name in sorted(old_files & new_files)
                  if comparable(name, before.read(name)) != comparable(name, after.read(name))]
    return found


def first_difference(old: Path, new: Path) -> str:
    """Where two text files part: the line number and both lines (cut to 160 characters)."""
    old_lines = old.read_text(encoding="utf-8", errors="replace").splitlines()
    new_lines = new.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, (before, after) in enumerate(zip(old_lines, new_lines), start=1):
        if before != after:
            start = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), 0)
            cut = max(0, start - 60)
            return f"ligne {number} : « {before[cut:cut + 160]} » → « {after[cut:cut + 160]} »"
    shorter = min(len(old_lines), len(new_lines))
    return f"ligne {shorter + 1} : l'un des deux fichiers s'arrête là ({len(old_lines)} et {len(new_lines)} lignes)"


def compare(old_root: Path, new_root: Path) -> list:
    """Every difference between two sites, as lines for a person to read ([] when they are the same)."""
    old, new = files(old_root), files(new_root)
    found = []
    found += [f"seulement dans l'ancien site : {relative}" for relative in sorted(set(old) - set(new))]
    found += [f"seulement dans le nouveau site : {relative}" for relative in sorted(set(new) - set(old))]
    for relative in sorted(set(old) & set(new)):
        before, after = old[relative].read_bytes(), new[relative].read_bytes()
        if before == after:
            continue
        if relative.endswith(".zip"):
            found += archive_differences(relative, before, after)
        elif comparable(relative, before) == comparable(relative, after):
            continue
        elif old[relative].suffix in TEXT_SUFFIXES:
            found.append(f"différent : {relative}, {first_difference(old[relative], new[relative])}")
        else:
            found.append(f"différent : {relative} ({old[relative].stat().st_size} et {new[relative].stat().st_size} octets)")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    differences = compare(args.old, args.new)
    for line in differences:
        print(line)
    left_out = [f"{pattern} ({why})" for pattern, why in VARYING.items()]
    print(f"{len(differences)} différence(s) ; mis de côté, car ils changent à chaque construction : "
          + "; ".join(left_out))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
