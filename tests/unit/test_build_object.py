"""The Build object handed to every stage: what it knows after reading the guide, and the pages and files
it makes, in reading order."""
from corpus import MINI
from macros.build import Build


def test_a_build_reads_the_guide_then_makes_its_pages_in_reading_order():
    build = Build(MINI)
    assert build.guide is None and not build.dirty
    guide = build.load()
    assert build.guide is guide and build.views.guide is guide
    build.begin_pages(directory_urls=True)
    assert [page.src_uri for page in build.pages()] == [
        "economie/index.md", "economie/lieux.md", "initiatives/index.md", "initiatives/ville-test.md",
        "questions-cles.md", "boites-a-idees.md", "autodiagnostic.md", "checklists/index.md",
        "arbre-de-decision.md", "glossaire.md", "glossaire/incubateur.md", "glossaire/tiers-lieu.md"]
    # An index of one page filters its own cards: no script of every case study beside it.
    assert build.files() == []


def test_a_build_without_directory_urls_links_html_files():
    build = Build(MINI)
    build.load()
    build.begin_pages(directory_urls=False)
    [step] = [page for page in build.pages() if page.src_uri == "economie/lieux.md"]
    assert '<a href="../initiatives/ville-test.html">Ville test</a>' in step.content


def test_the_english_edition_makes_its_downloads_in_english(monkeypatch):
    """Its PDFs, spreadsheets and offline copy are its own, with English names and sizes (README, « Édition
    anglaise »)."""
    from macros.outputs.downloads import Download
    monkeypatch.setenv("GUIDE_PDF", "1")
    build = Build(MINI)
    assert build.downloads.enabled and build.downloads.language == "fr"
    build.use_language("en")
    assert build.downloads.enabled and build.downloads.language == "en"
    assert build.messages.text("summary.title") == "At a glance"
    assert build.downloads.messages.text("downloads.offline_title") == "The guide offline"
    size = Download("telechargements/guide-complet.pdf", "The complete guide", 1_468_006, 3, build.downloads.messages)
    assert size.size_label == "1.4 MB"
    assert Download("telechargements/guide-complet.pdf", "Le guide complet", 1_468_006, 3).size_label == "1,4 Mo"
