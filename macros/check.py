"""`python -m macros.check [ROOT]`: check every YAML record and report all problems at once."""
import os
import sys
import time
from pathlib import Path

from .site import load_guide  # site knows every registered kind of record
from .problems import ContentError


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(argv[0] if argv else ".")
    started = time.perf_counter()
    try:
        guide = load_guide(root, workers=min(os.cpu_count() or 1, 4))
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    checklists = sum(1 for _ in guide.all_checklists())
    print(f"Contenu valide : {len(guide.domains)} domaine(s), {len(guide.steps)} étapes, "
          f"{checklists} listes, {len(guide.initiatives)} initiatives, {len(guide.terms)} termes "
          f"({elapsed:.2f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
