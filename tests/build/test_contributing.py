"""A contributor's path, as CONTRIBUTING.md tells it: `make new-initiative`, `make check`, fill in, build.
What CONTRIBUTING.md and the repository's forms say without running `make`: tests/unit/cli/test_contributing_docs.py."""
import re
import shutil

import pytest

from conftest import ROOT, copy_project
from macros.reading import schemas
from project import contributing_block, make, make_project

SLUG = "ma-ville-mon-projet"
NEW = f"initiatives/{SLUG}.yml"


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "guide")


def new_initiative(project, slug=SLUG):
    return make(project, "new-initiative", f"SLUG={slug}")


def fields(node, prefix=""):
    """(dotted name, schema node, required) of every field of a schema, nested ones included, in order."""
    node = schemas.resolve(node)
    for name, child in node.get("properties", {}).items():
        child = schemas.resolve(child)
        yield prefix + name, child, name in node.get("required", [])
        items = schemas.resolve(child.get("items", {}))
        for nested in (child, items):
            if nested.get("type") == "object":
                yield from fields(nested, prefix + name + ".")


def test_new_initiative_writes_every_field_of_the_schema_with_its_comment(project):
    result = new_initiative(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"{NEW} créé : remplissez chaque champ (obligatoire), puis lancez « make check ».\n")
    lines = (project / NEW).read_text(encoding="utf-8").split("\n")
    assert lines[0] == "# yaml-language-server: $schema=../schemas/initiative.schema.json"
    position = 0
    for name, node, required in fields(schemas.schema("initiative")):
        key = name.rsplit(".", 1)[-1]
        # The field itself (commented out when optional: an empty optional value would be an error).
        pattern = re.compile(rf"^\s*(- )?{re.escape(key)}:( \|)?$" if required else
                             rf"^\s*#\s+(- )?{re.escape(key)}:( \|)?$")
        found = next((i for i in range(position, len(lines)) if pattern.match(lines[i])), None)
        assert found is not None, f"{name} absent (ou pas dans l'ordre du schéma)"
        comment = next(lines[i] for i in range(found - 1, 0, -1) if "(obligatoire)" in lines[i] or
                       "(facultatif)" in lines[i])
        assert ("(obligatoire)" if required else "(facultatif)") in comment, name
        description = node["description"].split(" (facultati")[0].rstrip(".")
        assert description in comment, name
        position = found + 1


def test_make_check_lists_each_required_value_still_missing(project):
    assert new_initiative(project).returncode == 0
    result = make(project, "check")
    assert result.returncode != 0
    problems = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert problems == [
        f"{NEW}:7:7: « title » est vide : il faut un texte (Nom de l'initiative). "
        "Exemple : title: \"DataCity Casablanca\"",
        f"{NEW}:13:6: « city » est vide : il faut un texte (Ville). Exemple : city: \"Casablanca\"",
        f"{NEW}:16:9: « country » est vide : il faut un texte (Pays). Exemple : country: \"Maroc\"",
        f"{NEW}:21:9: « start » est vide : il faut un nombre entier (Année de début). Exemple : start: 2016",
        f"{NEW}:27:4: l'élément 1 de « lead » est vide : il faut un texte (Organisations qui portent "
        "l'initiative). Exemple : - \"NUMA\"",
        f"{NEW}:34:6: « lede » est vide : il faut un texte (Une phrase qui résume ce que l'initiative montre). "
        "Exemple : lede: \"Une ville met ses problèmes publics au défi de jeunes entreprises.\"",
        f"{NEW}:37:7: « body » est vide : il faut un texte (Description de l'initiative). Écrivez « body: | » "
        "puis le texte sur les lignes suivantes, chacune décalée de deux espaces.",
        f"{NEW}:44:4: l'élément 1 de « key_points » est vide : il faut un texte (« À retenir » : ce qu'une autre "
        "collectivité peut en tirer). Exemple : - \"Commencer petit, dans un lieu déjà disponible, puis ajuster "
        "au vu des premiers résultats.\"",
        f"{NEW}:48:4: l'élément 1 de « steps » est vide : il faut un texte (Étapes du parcours que l'initiative "
        "illustre (« domaine/étape »)). Exemple : - \"developpement-economique/feuille-de-route\"",
        f"{NEW}:65:9: « url » est vide : il faut un texte (Adresse de la source, commençant par https:// "
        "(ou http://)). Exemple : url: \"https://casablanca.datacity.world/\"",
        f"{NEW}:67:11: « title » est vide : il faut un texte (Titre de la page ou du document). "
        "Exemple : title: \"DataCity Casablanca\"",
        f"{NEW}:71:15: « consulted » est vide : il faut un texte (Date à laquelle la source a été consultée "
        "(AAAA-MM-JJ)). Exemple : consulted: \"2026-11-26\"",
        "12 problèmes dans le contenu : rien n'a été publié.",
    ]
    lines = (project / NEW).read_text(encoding="utf-8").split("\n")
    for problem in problems[:-1]:
        number = int(problem.split(":")[1])
        field = re.search(r"« (\w+) »", problem).group(1)
        # Each message points at the line of its field (or of the « - » of its list).
        assert lines[number - 1].strip() in (f"{field}:", f"{field}: |", f"- {field}:", "-"), problem


@pytest.mark.parametrize("slug, message", [
    ("", "indiquez l'identifiant de la fiche, par exemple : make new-initiative SLUG=ma-ville-mon-projet"),
    ("Saint-Étienne Tiers-lieu", "identifiant invalide « Saint-Étienne Tiers-lieu » : seulement des minuscules "
     "sans accents, des chiffres et des tirets entre les mots ; essayez « saint-etienne-tiers-lieu »"),
    ("../../etc/passwd", "identifiant invalide « ../../etc/passwd » : seulement des minuscules sans accents, des "
     "chiffres et des tirets entre les mots ; essayez « etc-passwd »"),
    ("ville-test", "initiatives/ville-test.yml existe déjà : modifiez ce fichier, ou choisissez un autre identifiant"),
    ("tiers-li\u0435u", "identifiant invalide « tiers-li\u0435u » : caractère non autorisé : « \u0435 », U+0435 "
     "CYRILLIC SMALL LETTER IE ; seulement des minuscules sans accents, des chiffres et des tirets entre les mots, "
     "par exemple « ma-ville-mon-projet »"),
    ("a" * 81, f"identifiant invalide « {'a' * 81} » : il fait 81 caractères, la limite est de 80 ; "
     f"essayez « {'a' * 80} »"),
])
def test_new_initiative_refuses_a_slug_it_cannot_use(project, slug, message):
    before = (project / "initiatives/ville-test.yml").read_bytes()
    result = new_initiative(project, slug)
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == f"Fichier non créé : {message}"
    assert sorted(p.name for p in (project / "initiatives").iterdir()) == ["ville-test.yml"]
    assert (project / "initiatives/ville-test.yml").read_bytes() == before
    assert not (project / "etc").exists()


def fill(text, replacements):
    """What a contributor types: each (line as written by the scaffold, line as filled), in order."""
    position = 0
    for old, new in replacements:
        found = text.index(old + "\n", position)
        text = text[:found] + new + "\n" + text[found + len(old) + 1:]
        position = found + len(new)
    return text


def test_a_filled_in_initiative_appears_on_the_index_its_step_and_the_decision_tree(project):
    assert new_initiative(project).returncode == 0
    path = project / NEW
    path.write_text(fill(path.read_text(encoding="utf-8"), FILLED), encoding="utf-8")
    check = make(project, "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("Contenu valide : 1 domaine(s), 1 étapes, 1 listes, 2 initiatives, 2 termes")
    build = make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    site = project / "site"
    page = (site / "initiatives" / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="ma-ville-mon-projet">Ma ville, mon projet</h1>' in page
    index = (site / "initiatives/index.html").read_text(encoding="utf-8")
    assert f'<a href="{SLUG}/">Ma ville, mon projet</a>' in index
    step = (site / "economie/lieux/index.html").read_text(encoding="utf-8")
    assert f'<a href="../../initiatives/{SLUG}/">Ma ville, mon projet</a>' in step
    tree = (site / "arbre-de-decision/index.html").read_text(encoding="utf-8")
    outcome = tree[tree.index('id="resultat-accompagner"'):]
    outcome = outcome[:outcome.index("</section>")]
    assert f'href="../initiatives/{SLUG}/"' in outcome
    assert f'href="../initiatives/{SLUG}/"' not in tree[tree.index('id="resultat-lieux"'):][:2000].split("</section>")[0]


FILLED = [
    ("title:", "title: Ma ville, mon projet"),
    ("city:", "city: Ma ville"),
    ("country:", "country: France"),
    ("  start:", "  start: 2021"),
    ("  -", "  - Ville de Ma ville"),
    ("lede:", "lede: Une ville ouvre un incubateur dans une ancienne gare."),
    ("body: |", "body: |\n  La ville a confié l'ancienne gare à une association.\n\n  Dix entreprises y sont nées."),
    ("  -", "  - Un bâtiment vide suffit pour commencer."),
    ("  -", "  - economie/lieux"),
    ("# devices:\n#   -", "devices:\n  - incubateur"),
    ("  - url:", "  - url: https://exemple.org/ma-ville"),
    ("    title:", "    title: L'incubateur de la gare"),
    ("    consulted:", "    consulted: 2026-11-26"),
]


def test_the_messages_shown_in_contributing_are_what_make_check_says(tmp_path):
    project = copy_project(tmp_path / "guide")   # the real guide: its steps, its glossary
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    assert new_initiative(project).returncode == 0
    path = project / NEW
    blank = path.read_text(encoding="utf-8")
    said = []
    # Two rounds, as a contributor meets them: the fields first; the links to other records once the
    # file is otherwise right.
    for filled in (fill(blank, [("country:", "country: NO")]),
                   fill(blank, FILLED).replace("  - economie/lieux", "  - developpement-economique/feuille-de-rout")):
        path.write_text(filled, encoding="utf-8")
        said += make(project, "check").stderr.splitlines()
    shown = contributing_block("## Lire les messages", "text").splitlines()
    assert len(shown) == 3
    for line in shown:
        assert line in said
