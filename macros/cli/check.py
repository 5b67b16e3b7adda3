"""`python -m macros.cli.check [ROOT]`: check every YAML record and report all problems at once."""
from typing import TYPE_CHECKING
import os
import sys
import time
from pathlib import Path

from macros.kinds import load_guide
from macros.reading import translations
from macros.reading.records import ReadCache
from macros.reading.problems import ContentError

if TYPE_CHECKING:
    from macros.model.guide import Guide


def where_shown(guide: "Guide", label: str) -> list:
    """Where the site will show the case study of one file, as lines for its contributor."""
    initiative = next((i for i in guide.initiatives if i.path == label), None)
    if initiative is None:
        return [f"{label} n'est pas une étude de cas du guide (initiatives/<nom>.yml)."]
    lines = [f"{label} paraîtra :", f"- sur sa propre page : /{initiative.src_uri[:-3]}/",
             "- dans l'index des initiatives : /initiatives/ (filtres par pays, dispositif, étape)"]
    lines += [f"- sur la page de l'étape {step.number} « {step.title} » ({step.domain.title})"
              for step in initiative.steps]
    devices = {term.slug for term in initiative.devices}
    for tree in guide.decision_trees.values():
        for outcome in tree.outcomes.values():
            if devices & {term.slug for term in outcome.devices}:
                lines.append(f"- dans l'arbre « {tree.title} », recommandation « {outcome.title} »")
    return lines


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    shown = []
    if "--where" in argv:       # --where initiatives/x.yml: where that case study will appear
        at = argv.index("--where")
        shown = argv[at + 1:at + 2]
        del argv[at:at + 2]
    root = Path(argv[0] if argv else ".")
    started = time.perf_counter()
    read = ReadCache()      # the English edition's check builds on the same records, read once
    try:
        guide = load_guide(root, workers=min(os.cpu_count() or 1, 4), cache=read)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    checklists = sum(1 for _ in guide.all_checklists())
    print(f"Contenu valide : {len(guide.domains)} domaine(s), {len(guide.steps)} étapes, "
          f"{checklists} listes, {len(guide.initiatives)} initiatives, {len(guide.terms)} termes "
          f"({elapsed:.2f} s).")
    for label in shown:
        print("\n".join(where_shown(guide, label)))
    return english_edition(root, read)


def english_text_problems(root: Path, read: ReadCache = None) -> list:
    """What the English build refuses in the overlays' text besides their shape: what the records' schemas
    and the Markdown rules forbid, two terms claiming one English word."""
    try:
        load_guide(root, language="en", cache=read)
    except ContentError as error:
        return [problem for problem in error.problems if problem.path.startswith(f"{translations.FOLDER}/")]
    return []


def english_edition(root: Path, read: ReadCache = None) -> int:
    """The English overlays: an unusable one is an error (the English site could not be built); missing
    and stale translations are warnings, each at its line, then counted. A guide with no en/ folder has
    no English edition, and nothing is said of it."""
    if not (root / translations.FOLDER).is_dir():
        return 0
    report = translations.check(root)
    report.problems += [problem for problem in english_text_problems(root, read) if problem not in report.problems]
    for problem in report.problems:
        print(problem, file=sys.stderr)
    for problem in report.missing + report.stale:
        print(f"{problem} (avertissement)")
    print(f"Édition anglaise : {report.translated} fichier(s) traduit(s) et à jour sur {report.records} ; "
          f"{len(report.missing)} à traduire, {len(report.stale)} à revoir, {len(report.problems)} erreur(s).")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
