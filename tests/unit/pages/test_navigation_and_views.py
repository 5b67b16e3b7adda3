"""The site's menu with the guide's domains put in after the introduction, and what several pages share
(each term's opening sentence)."""
from corpus import MINI
from macros.kinds import load_guide
from macros.pages import by_domain, navigation
from macros.pages.views import Views


def test_each_domain_becomes_a_section_after_the_introduction():
    guide = load_guide(MINI)
    nav = navigation.nav_with_domains(["index.md", {"Introduction": "introduction.md"}, "a-propos.md"], guide)
    assert nav == ["index.md", {"Introduction": "introduction.md"},
                   {"Économie locale": ["economie/index.md", {"1. Ouvrir des lieux": "economie/lieux.md"}]},
                   "a-propos.md"]
    # One decision tree only: its entry stays a page.
    assert navigation.nav_with_tools([{"Arbre": "arbre-de-decision.md"}], guide) == [{"Arbre": "arbre-de-decision.md"}]


def test_openings_are_the_first_sentence_of_each_definition_as_text():
    assert Views(load_guide(MINI)).openings == {
        "incubateur": "Structure qui accompagne des entreprises très jeunes.",
        "tiers-lieu": "Lieu de rencontre qui n'est ni le domicile ni le travail."}


def test_pages_by_domain_take_the_domain_slug():
    part = by_domain.Part("checklists/index.md", "checklists", "Toutes les checklists", "a.j2", "b.j2")
    guide = load_guide(MINI)
    assert part.src_uri(guide.domains[0]) == "checklists/economie.md"
