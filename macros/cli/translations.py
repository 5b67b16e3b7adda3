"""`python -m macros.cli.translations [--stamp] [FILE…]`: where the English edition stands.

Without --stamp, lists every overlay that cannot be used (an error: exit 1), then, as warnings with a
count, the French texts with no English and the translations made from an older French text. --stamp
writes the fingerprint of the current French text into the named overlays (all of them if none is named),
once a translator has brought them up to date.
"""
import sys
from pathlib import Path

from macros.reading import translations


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
    for problem in report.problems:
        print(problem, file=sys.stderr)
    for problem in report.missing + report.stale:
        print(f"{problem} (avertissement)")
    print(f"Édition anglaise : {report.translated} fichier(s) traduit(s) et à jour sur {report.records} ; "
          f"{len(report.missing)} à traduire, {len(report.stale)} à revoir, {len(report.problems)} erreur(s).")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
