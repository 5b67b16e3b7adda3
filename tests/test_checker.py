"""The checker on each kind of bad input: the exact `path:line:col: message` a contributor reads."""
import pytest

from corpus import MINI, make_corpus, problems, run_check

INITIATIVE = (MINI / "initiatives" / "ville-test.yml").read_text(encoding="utf-8")
STEP = (MINI / "roadmap" / "economie" / "lieux.yml").read_text(encoding="utf-8")
I = "initiatives/ville-test.yml"


def initiative(old, new):
    assert old in INITIATIVE
    return {I: INITIATIVE.replace(old, new, 1)}


def test_the_mini_corpus_is_valid(tmp_path):
    assert problems(make_corpus(tmp_path)) == []


CASES = {
    "syntax": (initiative("city: Exempleville", 'city: "Exempleville'),
               [f"{I}:3:7: erreur de syntaxe YAML : ce guillemet n'est jamais refermé (ajoutez le guillemet de fin)"]),
    "mapping in a value": (initiative("city: Exempleville", "city: Exempleville: centre"),
                           [f"{I}:3:19: erreur de syntaxe YAML : « : » inattendu ; si la valeur contient « : », "
                            "mettez-la entre guillemets"]),
    "duplicate key": (initiative("city: Exempleville", "city: Exempleville\ncity: Autreville"),
                      [f"{I}:4:1: champ « city » en double (déjà défini ligne 3) : gardez-en un seul"]),
    "unknown field": (initiative("subtitle: Un cas", "subtittle: Un cas"),
                      [f"{I}:2:1: champ inconnu « subtittle » : vouliez-vous dire « subtitle » ?"]),
    "missing field": (initiative("lede: Une ville ouvre un tiers-lieu.\n", ""),
                      [f"{I}:1:1: champ obligatoire manquant : « lede » (Une phrase qui résume ce que "
                       "l'initiative montre). Exemple : lede: \"Une ville met ses problèmes publics au défi "
                       "de jeunes entreprises.\""]),
    "wrong type": (initiative("start: 2016", "start: deux mille seize"),
                   [f"{I}:6:10: type incorrect pour « start » : il faut un nombre entier, pas un texte. "
                    "Exemple : start: 2016"]),
    "NO as text": (initiative("country: Maroc", "country: NO"),
                   [f"{I}:4:10: « NO » est lu par YAML comme un booléen (vrai/faux), or il faut ici un texte : "
                    "mettez-le entre guillemets, par exemple \"NO\""]),
    "yes as text": (initiative("title: Ville test", "title: yes"),
                    [f"{I}:1:8: « yes » est lu par YAML comme un booléen (vrai/faux), or il faut ici un texte : "
                     "mettez-le entre guillemets, par exemple \"yes\""]),
    "1.10 as text": (initiative("subtitle: Un cas d'essai", "subtitle: 1.10"),
                     [f"{I}:2:11: « 1.10 » est lu par YAML comme un nombre décimal, or il faut ici un texte : "
                      "mettez-le entre guillemets, par exemple \"1.10\""]),
    "date as text": (initiative("city: Exempleville", "city: 2016-01-01"),
                     [f"{I}:3:7: « 2016-01-01 » est lu par YAML comme une date, or il faut ici un texte : "
                      "mettez-le entre guillemets, par exemple \"2016-01-01\""]),
    "alias": (initiative("lead:\n  - Ville d'Exempleville", "lead: &chefs\n  - Ville d'Exempleville\npartners: *chefs"),
              [f"{I}:8:7: ancre YAML « &chefs » refusée : écrivez chaque valeur en entier",
               f"{I}:10:11: alias YAML « *chefs » refusé : recopiez la valeur au lieu d'y renvoyer"]),
    "dangling step": (initiative("  - economie/lieux", "  - economie/lieu"),
                      [f"{I}:16:5: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]),
    "dangling device": (initiative("devices: [tiers-lieu]", "devices: [tiers-lieux]"),
                        [f"{I}:17:11: terme du glossaire inconnu « tiers-lieux » : vouliez-vous dire « tiers-lieu » ?"]),
    "dangling related term": ({"glossary/incubateur.yml": (MINI / "glossary/incubateur.yml").read_text()
                               .replace("related: [tiers-lieu]", "related: [coworking]")},
                              ["glossary/incubateur.yml:5:11: terme du glossaire inconnu « coworking »"]),
    "duplicate slug (case)": ({"glossary/Incubateur.yml": "term: Incubation\ndefinition: Autre chose.\n"},
                              ["glossary/Incubateur.yml:1:1: nom de fichier invalide « Incubateur.yml » : seulement "
                               "des minuscules sans accents, des chiffres et des tirets, par exemple "
                               "« ma-ville-mon-projet.yml »"]),
    "duplicate step number": ({"roadmap/economie/autre.yml": STEP.replace("title: Ouvrir des lieux", "title: Autre")},
                              ["roadmap/economie/lieux.yml:1:9: numéro 1 déjà pris par « roadmap/economie/autre.yml » "
                               "dans le domaine « economie » : chaque étape a son numéro"]),
    "duplicate item id": ({"roadmap/economie/lieux.yml": STEP.replace("id: techniques", "id: humaines")},
                          ["roadmap/economie/lieux.yml:17:13: identifiant de question « humaines » en double dans "
                           "la liste « contraintes »"]),
    "duplicate checklist id": ({"roadmap/economie/lieux.yml": STEP.replace(
        "idea_box:", "  - id: contraintes\n    title: Encore\n    items:\n      - id: a\n        text: Question ?\nidea_box:")},
        ["roadmap/economie/lieux.yml:19:9: identifiant de liste « contraintes » en double dans l'étape : "
         "chaque liste a le sien"]),
    "tab": (initiative("  start: 2016", "\tstart: 2016"),
            [f"{I}:6:1: tabulation interdite en début de ligne : YAML s'indente avec des espaces"]),
    "script in Markdown": (initiative("La ville a ouvert un lieu.", "La ville <script>alert(1)</script>"),
                           [f"{I}:12:1: HTML brut refusé (« </script> ») : écrivez en Markdown, par exemple **gras** "
                            "ou [lien](https://exemple.org)",
                            f"{I}:12:1: HTML brut refusé (« <script> ») : écrivez en Markdown, par exemple **gras** "
                            "ou [lien](https://exemple.org)"]),
    "javascript link": (initiative("La ville a ouvert un lieu.", "Voir [ici](javascript:alert(1))."),
                        [f"{I}:12:1: lien refusé (« javascript:alert(1 ») : seules les adresses https://, http:// "
                         "et mailto: sont acceptées"]),
    "python tag": (initiative("title: Ville test", "title: !!python/object:os.system x"),
                   [f"{I}:1:8: étiquette YAML « !!python/object:os.system » refusée : écrivez une valeur simple"]),
    "list at top level": ({I: "- a\n- b\n"},
                          [f"{I}:1:1: le fichier doit être un ensemble de champs « nom: valeur », pas une liste ni "
                           "une valeur seule"]),
    "empty file": ({I: ""}, [f"{I}:1:1: fichier vide : il doit contenir des champs « nom: valeur »"]),
    "invalid UTF-8": ({I: INITIATIVE.encode().replace(b"Exempleville\n", b"Exempl\xe9ville\n", 1)},
                      [f"{I}:3:13: ce fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 (octet 0xe9 invalide)"]),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_located_and_explained(tmp_path, name):
    changes, expected = CASES[name]
    assert problems(make_corpus(tmp_path, changes)) == expected


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path):
    changes = {**initiative("country: Maroc", "country: NO"),
               "glossary/tiers-lieu.yml": "term: Tiers-lieu\ndefinition: Un lieu.\nterm: Autre\n",
               "roadmap/economie/lieux.yml": STEP.replace("id: techniques", "id: humaines")}
    found = problems(make_corpus(tmp_path, changes))
    assert [p.split(":")[0] for p in found] == ["glossary/tiers-lieu.yml", I, "roadmap/economie/lieux.yml"]


def test_crlf_and_byte_order_mark_are_accepted(tmp_path):
    text = "\ufeff" + INITIATIVE.replace("\n", "\r\n")
    assert problems(make_corpus(tmp_path, {I: text.encode("utf-8")})) == []


def test_make_check_command_exits_non_zero_with_the_messages(tmp_path):
    root = make_corpus(tmp_path, initiative("country: Maroc", "country: NO"))
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{I}:4:10: « NO » est lu par YAML comme un booléen (vrai/faux), or il faut ici un texte : "
        "mettez-le entre guillemets, par exemple \"NO\"",
        "1 problème dans le contenu : rien n'a été publié."]
    assert "Traceback" not in result.stderr


def test_make_check_command_says_what_it_checked(tmp_path):
    result = run_check(make_corpus(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Contenu valide : 1 domaine(s), 1 étapes, 1 listes, 1 initiatives, 2 termes")
