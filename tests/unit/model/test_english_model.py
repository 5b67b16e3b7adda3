"""The English edition's model: each record with its overlay's text (en/<path>), French where there is none
yet, and an overlay that cannot be used refused at its line."""
from corpus import build_pages, make_corpus, problems
from macros.kinds import load_guide

INCUBATOR = """translated_from: 000000000000
term: Incubator
variants: [incubators]
definition: A structure that supports very young businesses.
"""
STEP = """title: Opening places
objective: Offer young businesses places to work.
sections:
  - title: Why places
    body: |
      A third place brings people together.

      An incubator supports them.
"""


def test_the_english_guide_reads_the_overlays_text_and_keeps_the_rest_french(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": INCUBATOR})
    guide = load_guide(root, language="en")
    assert guide.language == "en"
    assert guide.terms["incubateur"].term == "Incubator"
    assert guide.terms["incubateur"].forms == ["Incubator", "incubators"]
    assert guide.terms["incubateur"].related[0].slug == "tiers-lieu"      # not text: the French record's
    assert guide.terms["tiers-lieu"].term == "Tiers-lieu"
    assert guide.untranslated == {"glossary/tiers-lieu.yml": "all", "roadmap/economie.yml": "all",
                                  "roadmap/economie/lieux.yml": "all", "initiatives/ville-test.yml": "all",
                                  "decisions/dispositifs.yml": "all", "assessments/autodiagnostic.yml": "all"}


def test_the_french_guide_never_reads_the_overlays_even_broken_ones(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": "term: [\n"})
    assert load_guide(root).terms["incubateur"].term == "Incubateur"
    assert load_guide(root).untranslated == {}


def test_a_partly_translated_record_shows_its_french_text_marked_french(tmp_path):
    root = make_corpus(tmp_path, {"en/roadmap/economie/lieux.yml": STEP})
    build, pages = build_pages(root, language="en")
    assert build.guide.untranslated["roadmap/economie/lieux.yml"] == "some"
    [step] = [page for page in pages if page.src_uri == "economie/lieux.md"]
    assert step.title == "Opening places"
    assert "# Opening places\n" in step.content
    assert '<div class="gb-prose"><p>A third place brings people together.</p>\n<p>An incubator supports them.</p></div>' \
        in step.content
    assert '<legend class="gb-checklist__title" lang="fr">Lister les contraintes</legend>' in step.content
    assert '<label for="contraintes--humaines" lang="fr">Manque-t-il des compétences ?</label>' in step.content
    assert '<dd lang="fr">1 à 2 mois</dd>' in step.content
    assert '<p class="gb-kicker"><span lang="fr">Économie locale</span> · Step 1</p>' in step.content
    assert "## Key points\n" in step.content and "## In practice\n" in step.content


def test_an_untranslated_case_study_is_marked_french_on_its_page_and_in_the_listing(tmp_path):
    build, pages = build_pages(make_corpus(tmp_path), language="en")
    [case] = [page for page in pages if page.src_uri == "initiatives/ville-test.md"]
    assert '# <span lang="fr">Ville test</span>\n' in case.content
    assert '<p class="gb-lede" lang="fr">Une ville ouvre un tiers-lieu.</p>' in case.content
    assert '<dt>Period</dt><dd>2016–2017</dd>' in case.content
    assert '<dt>Led by</dt><dd><span lang="fr">Ville d&#39;Exempleville</span></dd>' in case.content
    [index] = [page for page in pages if page.src_uri == "initiatives/index.md"]
    assert '<p class="gb-card__title"><a href="ville-test/" lang="fr">Ville test</a></p>' in index.content


def test_an_overlay_that_leaves_the_french_shape_fails_the_english_build_at_its_line(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": "term: Incubator\nsynonym: [hub]\n"})
    assert problems(root) == []
    assert problems(root, "en") == ["en/glossary/incubateur.yml:2:1: clé « synonym » absente du fichier français"]


def test_english_text_the_schema_or_the_markdown_rules_refuse_is_located_in_the_overlay(tmp_path):
    root = make_corpus(tmp_path, {
        "en/glossary/incubateur.yml": "term: |-\n  Incu\n  bator\n",
        "en/glossary/tiers-lieu.yml": "definition: A <b>place</b>.\n"})
    assert problems(root, "en") == [
        "en/glossary/incubateur.yml:1:7: valeur mal formée pour « term » : « Incu⏎bator ». Attendu : Texte court, "
        "sur une seule ligne. Exemple : term: \"Tiers-lieu\"",
        "en/glossary/tiers-lieu.yml:1:13: HTML brut refusé (« </b> ») : écrivez en Markdown, par exemple **gras** "
        "ou [lien](https://exemple.org)",
        "en/glossary/tiers-lieu.yml:1:13: HTML brut refusé (« <b> ») : écrivez en Markdown, par exemple **gras** "
        "ou [lien](https://exemple.org)"]


def test_two_terms_claiming_one_english_word_is_reported_in_the_overlay(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": "term: Hub\n",
                                  "en/glossary/tiers-lieu.yml": "term: Third place\nvariants: [hub]\n"})
    assert problems(root, "en") == [
        "en/glossary/tiers-lieu.yml:2:12: la variante « hub » (champ « variants ») appartient déjà au terme "
        "« incubateur » : une forme ne peut mener qu'à un terme"]




def test_english_synonyms_and_variants_are_its_own_however_many_there_are(tmp_path):
    # The French term has one variant; English has three, and none of the French forms is matched.
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": "translated_from: 000000000000\nterm: Incubator\n"
                                  "synonyms: [business incubator]\nvariants: [incubators, business incubators, hub]\n"
                                  "definition: A structure that supports very young businesses.\n"})
    guide = load_guide(root, language="en")
    assert guide.terms["incubateur"].forms == ["Incubator", "business incubator", "incubators",
                                               "business incubators", "hub"]
    assert "glossary/incubateur.yml" not in guide.untranslated

def test_an_english_form_that_is_a_common_english_word_is_refused_a_french_one_is_not(tmp_path):
    # « its » would otherwise become a link on nearly every English page (a translated acronym did).
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": "term: Incubator\nvariants: [ITS, les]\n"})
    assert problems(root, "en") == [
        "en/glossary/incubateur.yml:2:12: la variante « ITS » (champ « variants ») refusée : c'est un mot "
        "courant de l'anglais ; le premier « ITS » de chaque page deviendrait un lien vers ce terme. Retirez-la"]

def test_english_text_is_shown_as_written_never_run(tmp_path):
    """A translator's text is a contributor's text: escaped, never a template, never HTML."""
    root = make_corpus(tmp_path, {"en/initiatives/ville-test.yml":
                                  'title: "<script>alert(1)</script> {{ 7*7 }}"\nlede: "<img src=x onerror=alert(1)>"\n'})
    _build, pages = build_pages(root, language="en")
    [index] = [page for page in pages if page.src_uri == "initiatives/index.md"]
    assert '<a href="ville-test/">&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</a>' in index.content
    assert '<p class="gb-card__lede">&lt;img src=x onerror=alert(1)&gt;</p>' in index.content


def test_a_new_case_study_comes_with_an_english_file_to_fill_counted_as_to_translate(tmp_path, capsys):
    import os
    from macros.cli import scaffold, translations as cli
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": INCUBATOR})
    scaffold.create(root, "ma-ville-velo")
    english = (root / "en/initiatives/ma-ville-velo.yml").read_text(encoding="utf-8")
    assert english.startswith("# yaml-language-server: $schema=../../schemas/en/initiative.schema.json\n"
                              "# The English text of initiatives/ma-ville-velo.yml, for the English edition (/en/)")
    assert "# Text fields of this kind: title, subtitle, city, country, lead, partners, lede, body, results, " \
           "key_points, tags.\n" in english
    assert english.endswith('translated_from: ""\n')
    before = os.getcwd()
    os.chdir(root)
    try:
        cli.main([])
    finally:
        os.chdir(before)
    assert ("en/initiatives/ma-ville-velo.yml:1:1: traduction anglaise encore vide de initiatives/ma-ville-velo.yml "
            "(avertissement)") in capsys.readouterr().out
    # Once its French is written, the English edition shows it in French, marked as such.
    (root / "initiatives/ma-ville-velo.yml").write_text(
        (root / "initiatives/ville-test.yml").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_guide(root, language="en").untranslated["initiatives/ma-ville-velo.yml"] == "all"
