"""`python -m macros.cli.translations [--stamp] [FILE…]`: where the English edition stands.

Without --stamp, lists every overlay that cannot be used (an error: exit 1), as the English build would
refuse it, then, as warnings with a count, the French texts with no English and the translations made
from an older French text. --stamp writes the fingerprint of the current French text into the named
overlays, once a translator has brought them up to date.
"""
import sys
from pathlib import Path

from macros.cli.check import english_edition
from macros.reading import translations


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    root = Path(".")
    if argv and argv[0] == "--schemas":      # after a change to a schema of schemas/
        from macros.reading import overlay_schemas
        written = overlay_schemas.write()
        print(f"{len(written)} schéma(s) de traduction réécrit(s) dans schemas/en/.")
        return 0
    if argv and argv[0] == "--stamp":
        targets = [Path(a) for a in argv[1:]]
        if not targets:     # stamping every file would mark up to date translations nobody reviewed
            print("Nommez les traductions relues : make translations-stamp FILES=\"en/… en/…\"", file=sys.stderr)
            return 2
        changed = [t for t in targets if (translations.stamp_page(root, t) if t.suffix == ".md"
                                          else translations.stamp(root, t))]
        print(f"{len(changed)} traduction(s) marquée(s) à jour.")
        return 0
    return english_edition(root)


if __name__ == "__main__":
    sys.exit(main())
