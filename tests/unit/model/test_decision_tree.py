"""The decision tree: each problem of decisions/*.yml reported where it is, and the page it makes."""
import json
import re

import pytest

from conftest import ROOT
from corpus import MINI, build_pages, make_corpus, problems
from macros.kinds import load_guide
from site_html import Elements

D = "decisions/dispositifs.yml"
TREE = (MINI / D).read_text(encoding="utf-8")

ANOTHER_QUESTION = """  - id: orpheline
    text: Question que rien n'amène ?
    answers:
      - id: oui
        label: Oui
        next: lieux
      - id: non
        label: Non
        next: accompagner
outcomes:"""

ANOTHER_OUTCOME = """
  - id: {id}
    title: Une autre recommandation
    summary: Un texte.
    devices: [incubateur]
    steps: [economie/lieux]
"""


def tree(*replacements, append=""):
    text = TREE
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return {D: text + append}


CASES = {
    "dangling answer": (tree(("next: lieux", "next: lieu")), [
        f"{D}:20:15: réponse sans suite : « lieu » n'est ni une question ni une recommandation de l'arbre : "
        "vouliez-vous dire « lieux » ?",
        f"{D}:25:9: recommandation « lieux » jamais atteinte : aucune réponse n'y mène depuis la question de "
        "départ « objectif »"]),
    "cycle": (tree(("        label: Important\n        next: accompagner", "        label: Important\n        next: objectif")), [
        f"{D}:23:15: boucle : cette réponse ramène à la question « objectif », déjà posée sur ce chemin "
        "(objectif → budget → objectif) ; chaque chemin doit finir sur une recommandation"]),
    "answer leading to its own question": (tree(("next: lieux", "next: budget")), [
        f"{D}:20:15: boucle : cette réponse ramène à la question « budget », déjà posée sur ce chemin "
        "(budget → budget) ; chaque chemin doit finir sur une recommandation",
        f"{D}:25:9: recommandation « lieux » jamais atteinte : aucune réponse n'y mène depuis la question de "
        "départ « objectif »"]),
    "unreachable question": (tree(("outcomes:", ANOTHER_QUESTION)), [
        f"{D}:24:9: question « orpheline » jamais posée : aucune réponse n'y mène depuis la question de départ "
        "« objectif »"]),
    "unreachable outcome": (tree(append=ANOTHER_OUTCOME.format(id="oubliee")), [
        f"{D}:37:9: recommandation « oubliee » jamais atteinte : aucune réponse n'y mène depuis la question de "
        "départ « objectif »"]),
    "outcome id taken by a question": (tree(append=ANOTHER_OUTCOME.format(id="budget")), [
        f"{D}:37:9: identifiant « budget » déjà pris par la question ligne 15 : chaque question et chaque "
        "recommandation a le sien"]),
    "duplicate answer id": (tree(("- id: important", "- id: limite")), [
        f"{D}:21:13: identifiant de réponse « limite » en double dans la question « budget » : chaque réponse "
        "a le sien, il figure dans l'adresse d'un résultat partagé"]),
    "unknown start": (tree(("start: objectif", "start: objectf")), [
        f"{D}:3:8: question de départ inconnue « objectf » : vouliez-vous dire « objectif » ?"]),
    "start on an outcome": (tree(("start: objectif", "start: lieux")), [
        f"{D}:3:8: « lieux » est une recommandation : l'arbre doit commencer par une question"]),
    "unknown device": (tree(("devices: [tiers-lieu]", "devices: [tiers-lieux]")), [
        f"{D}:28:15: terme du glossaire inconnu « tiers-lieux » : vouliez-vous dire « tiers-lieu » ?"]),
    "unknown term": (tree(("terms: [tiers-lieu]", "terms: [coworking]")), [
        f"{D}:35:13: terme du glossaire inconnu « coworking »"]),
    "unknown step": (tree(("steps: [economie/lieux]\n  - id: accompagner", "steps: [economie/lieu]\n  - id: accompagner")), [
        f"{D}:29:13: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]),
    "answer without next": (tree(("        label: Limité\n        next: lieux\n", "        label: Limité\n")), [
        f"{D}:18:9: champ obligatoire manquant : « next » (Identifiant de la question suivante ou de la "
        "recommandation à laquelle mène cette réponse). Exemple : next: \"contrainte-emergence-limite\""]),
    "raw HTML in a summary": (tree(("summary: Faire connaître les lieux existants.",
                                    "summary: Faire <b>connaître</b> les lieux.")), [
        f"{D}:27:14: HTML brut refusé (« </b> ») : écrivez en Markdown, par exemple **gras** ou "
        "[lien](https://exemple.org)",
        f"{D}:27:14: HTML brut refusé (« <b> ») : écrivez en Markdown, par exemple **gras** ou "
        "[lien](https://exemple.org)"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_checker_reports_each_tree_problem_where_it_is(tmp_path, name):
    changes, expected = CASES[name]
    assert problems(make_corpus(tmp_path, changes)) == expected


def test_the_real_tree_is_valid_with_8_to_14_outcomes_all_reachable():
    guide = load_guide(ROOT)
    tree = guide.decision_trees["dispositifs"]
    assert 8 <= len(tree.outcomes) <= 14
    leads_to = {answer.next for question in tree.questions.values() for answer in question.answers}
    assert set(tree.outcomes) <= leads_to


def page_of(root):
    [page] = [p for p in build_pages(root)[1] if p.src_uri == "arbre-de-decision.md"]
    return page


def outcome_section(html, outcome_id):
    start = html.index(f'<section class="gb-outcome" id="resultat-{outcome_id}"')
    return html[start:html.index("</section>", start)]


def test_a_new_initiative_appears_in_the_outcomes_of_its_devices(tmp_path):
    initiative = (MINI / "initiatives/ville-test.yml").read_text(encoding="utf-8")
    another = (initiative.replace("title: Ville test", "title: Autre ville", 1)
               .replace("devices: [tiers-lieu]", "devices: [incubateur]"))
    before = page_of(make_corpus(tmp_path / "before")).content
    after = page_of(make_corpus(tmp_path / "after", {"initiatives/autre-ville.yml": another})).content

    def initiatives_in(html, outcome_id):
        section = Elements(outcome_section(html, outcome_id))
        lists = section.with_class("gb-outcome__initiatives")
        items = section.all("li", within=lists[0]) if lists else []
        return [(section.all("a", within=li)[0][1]["href"].split("/")[-2], " ".join(li[2].split())) for li in items]

    assert initiatives_in(before, "accompagner") == []
    assert initiatives_in(after, "accompagner") == [
        ("autre-ville", "Autre ville — Exempleville, Maroc · Incubateur")]
    assert initiatives_in(after, "lieux") == [("ville-test", "Ville test — Exempleville, Maroc · Tiers-lieu")]
    links = Elements(outcome_section(after, "accompagner")).all("a")
    assert [(a[1]["href"], a[2]) for a in links] == [
        ("../glossaire/incubateur/", "Incubateur"), ("../economie/lieux/", "Étape 1 : Ouvrir des lieux"),
        ("../glossaire/tiers-lieu/", "Tiers-lieu"), ("../initiatives/autre-ville/", "Autre ville")]


def test_the_whole_tree_is_in_the_page_as_nested_questions_and_outcomes(tmp_path):
    content = page_of(make_corpus(tmp_path)).content
    page = Elements(content)
    first = page.all("div", id="question-objectif")[0]
    nested = page.all("div", id="question-budget")[0]
    assert page.is_inside(nested, first)
    assert [" ".join(e[2].split()) for e in page.all("p", **{"class": "gb-tree__question"})] == [
        "Question 1 Quel est votre but ?", "Question 2 Quel budget ?"]
    leads = [(a[1]["href"], a[2]) for a in page.all("a") if a[1]["href"].startswith("#")]
    assert leads == [("#resultat-lieux", "Soutenir les tiers-lieux"), ("#resultat-accompagner", "Co-financer un incubateur"),
                     ("#resultat-accompagner", "Co-financer un incubateur")]
    assert [s[1]["id"] for s in page.all("section", **{"class": "gb-outcome"})] == ["resultat-lieux", "resultat-accompagner"]
    # No front matter: the page's metadata travels beside its text (pages.PageText), never through it.
    assert not content.lstrip("\n").startswith("---") and content.meta["description"].startswith("Quels dispositifs")


def test_tree_data_holds_the_shape_only_and_a_label_cannot_end_its_script_element(tmp_path):
    label = "Fermer </script><script>alert(1)</script> & <!-- ici\u2028puis\u2029là"
    corpus = make_corpus(tmp_path, tree(("label: Limité", f'label: "{label}"')))
    content = page_of(corpus).content
    [script] = re.findall(r'<script type="application/json" id="arbre-donnees">(.*?)</script>', content, re.S)
    assert not re.search(r"[<>&\u2028\u2029]", script)
    [data] = json.loads(script)
    # The widget reads the words from the nested view: the data holds no text a contributor wrote.
    assert data["questions"]["budget"]["answers"][0] == {"id": "limite", "next": "lieux"}
    assert "Fermer" not in script
    assert content.count("</script>") == 1  # the label is escaped in the nested view too
    assert "Fermer &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- ici\u2028puis\u2029là" in content

