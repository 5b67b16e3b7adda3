"""`python -m macros.cli.translations [--stamp] [FILE…]`: where the English edition stands.

Without --stamp, lists every overlay that cannot be used (an error: exit 1), as the English build would
refuse it, then, as warnings with a count, the French texts with no English and the translations made
from an older French text. --stamp
writes the fingerprint of the current French text into the named overlays (all of them if none is named),
once a translator has brought them up to date.
"""
import sys
from pathlib import Path

from macros.kinds import load_guide
from macros.reading import translations
from macros.reading.problems import ContentError


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    root = Path(".")
    if argv and argv[0] == "--stamp":
        english = root / translations.FOLDER
        targets = [Path(a) for a in argv[1:]] or sorted(english.rglob("*.yml")) + sorted(english.rglob("*.md"))
        changed = [t for t in targets if (translations.stamp_page(root, t) if t.suffix == ".md"
                                          else translations.stamp(root, t))]
        print(f"{len(changed)} traduction(s) marquée(s) à jour.")
        return 0
    report = translations.check(root)
    report.problems += [problem for problem in english_text_problems(root) if problem not in report.problems]
    for problem in report.problems:
        print(problem, file=sys.stderr)
    for problem in report.missing + report.stale:
        print(f"{problem} (avertissement)")
    print(f"Édition anglaise : {report.translated} fichier(s) traduit(s) et à jour sur {report.records} ; "
          f"{len(report.missing)} à traduire, {len(report.stale)} à revoir, {len(report.problems)} erreur(s).")
    return 1 if report.problems else 0


def english_text_problems(root: Path) -> list:
    """What the English build refuses in the overlays' text besides their shape: what the records' schemas
    and the Markdown rules forbid, two terms claiming one English word."""
    try:
        load_guide(root, language="en")
    except ContentError as error:
        return [problem for problem in error.problems if problem.path.startswith(f"{translations.FOLDER}/")]
    return []


if __name__ == "__main__":
    sys.exit(main())
