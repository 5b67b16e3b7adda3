"""The PDF booklets made by the build: present, readable, of the expected length, with the checklists' text."""
import re

from pypdf import PdfReader

from conftest import ROOT, mkdocs_build
from macros.kinds import load_guide
from site_html import plain as reader_plain, read

FOLDER = "telechargements"


def squash(value):
    """Text compared as read: one space between words, a word cut at its hyphen at a line end rejoined."""
    return re.sub(r"(?<=\w)- (?=\w)", "-", " ".join(value.split()))


def plain(markdown_text):
    """A checklist item as printed: the words a reader sees of its Markdown (read by Python-Markdown, not by
    the engine that made the booklet)."""
    return squash(reader_plain(markdown_text))


def pdf_pages(path):
    return [squash(page.extract_text()) for page in PdfReader(path).pages]


def guide():
    return load_guide(ROOT)


def steps_with_checklists():
    return [step for domain in guide().domains for step in domain.steps if step.checklists]


def step_pdf(built_site, step):
    return built_site / FOLDER / f"listes-{step.domain.slug}-{step.slug}.pdf"


def test_each_step_has_a_booklet_with_all_its_checklist_items(built_site):
    for step in steps_with_checklists():
        path = step_pdf(built_site, step)
        assert path.is_file(), path
        printed = " ".join(pdf_pages(path))
        assert squash(step.title) in printed
        for checklist in step.checklists:
            assert squash(checklist.title) in printed
            for item in checklist.items:
                assert plain(item.text) in printed, (path.name, item.id)


def test_all_checklists_booklet_is_a_title_page_then_each_step_booklet(built_site):
    path = built_site / FOLDER / "toutes-les-listes.pdf"
    pages = pdf_pages(path)
    steps = steps_with_checklists()
    # Each step starts on a page of its own and is laid out as in its own booklet.
    assert len(pages) == 1 + sum(len(PdfReader(step_pdf(built_site, s)).pages) for s in steps)
    assert "Toutes les listes de questions" in pages[0]
    first_pages = [next(i for i, page in enumerate(pages) if squash(s.title) in page and i > 0) for s in steps]
    assert first_pages == sorted(set(first_pages))
    everything = " ".join(pages)
    for step in steps:
        for checklist in step.checklists:
            for item in checklist.items:
                assert plain(item.text) in everything


def domain_written(initiative):
    """The domain most of the steps the case study names belong to (the first named on a tie)."""
    domains = [step.domain.slug for step in initiative.steps]
    return max(domains, key=lambda slug: (domains.count(slug), -domains.index(slug)))


def collection_pdf(built_site, domain_slug):
    return built_site / FOLDER / f"etudes-de-cas-{domain_slug}.pdf"


def test_whole_guide_has_cover_contents_with_true_page_numbers_steps_case_studies_glossary(built_site):
    g = guide()
    reader = PdfReader(built_site / FOLDER / "guide-complet.pdf")
    pages = [squash(page.extract_text()) for page in reader.pages]
    assert "Le numérique au service des collectivités locales" in pages[0]
    assert "page 1" not in pages[0]                        # the cover carries no page number
    assert pages[1].startswith("Sommaire")
    entries = [f"Étape {s.number} : {s.title}" for d in g.domains for s in d.steps]
    # The contents run from page 2 to the page before the first step (several pages for four domains).
    first = int(re.search(re.escape(squash(entries[0])) + r"[ .]*?(\d+)(?!\d)", pages[1]).group(1))
    contents = " ".join(pages[1:first - 1])
    collections = [f"Études de cas : {d.title}" for d in g.domains]
    entries += ["Études de cas", *collections, "Glossaire"]
    headings = [s.title for d in g.domains for s in d.steps] + ["Études de cas", *collections, "Glossaire"]
    numbers = []
    for entry, heading in zip(entries, headings):
        found = re.search(re.escape(squash(entry)) + r"[ .]*?(\d+)(?!\d)", contents)
        assert found, entry
        number = int(found.group(1))
        assert squash(heading) in pages[number - 1], (entry, number)
        numbers.append(number)
    assert numbers == sorted(numbers)
    # Cover, contents, then each step from a new page; the glossary closes the guide.
    assert len(pages) >= 2 + len(g.steps)
    glossary = " ".join(pages[numbers[-1] - 1:])
    for term in g.terms.values():
        assert squash(term.term) in glossary
    assert squash(list(g.terms.values())[-1].term) in pages[-1]
    assert reader.metadata.title == "Le guide complet"


def test_whole_guide_names_each_case_study_on_one_line_but_prints_none_in_full(built_site, site_url):
    pages = pdf_pages(built_site / FOLDER / "guide-complet.pdf")
    table = " ".join(page for page in pages if "Étude de cas Lieu En ligne" in page)
    whole = " ".join(pages)
    for initiative in guide().initiatives:
        assert squash(initiative.title) in table, initiative.slug
        assert squash(f"{initiative.city}, {initiative.country}") in table, initiative.slug
        # An address may be cut at the end of a line: compared without the spaces.
        assert f"{site_url}/initiatives/{initiative.slug}/" in table.replace(" ", ""), initiative.slug
        assert plain(initiative.key_points[0]) not in whole, initiative.slug
        assert squash(reader_plain(initiative.body).split(". ")[0]) not in whole, initiative.slug
    # Under a step, its first case studies, then the table.
    assert "tableau des études de cas, page" in whole


def test_each_domain_has_a_collection_printing_its_case_studies_in_full(built_site):
    g = guide()
    texts = {d.slug: " ".join(pdf_pages(collection_pdf(built_site, d.slug))) for d in g.domains}
    for initiative in g.initiatives:
        point = plain(initiative.key_points[0])
        holding = [slug for slug, text in texts.items() if point in text]
        assert holding == [domain_written(initiative)], initiative.slug
        assert squash(initiative.title) in texts[holding[0]]
    for domain in g.domains:
        reader = PdfReader(collection_pdf(built_site, domain.slug))
        assert reader.metadata.title == squash(f"Études de cas : {domain.title}").replace(" :", "\u202f:")
        contents = squash(reader.pages[1].extract_text())
        assert contents.startswith("Sommaire")
        mine = [i for i in g.initiatives if domain_written(i) == domain.slug]
        positions = [contents.index(squash(i.title)) for i in mine]
        assert positions == sorted(positions), domain.slug


def size_shown(path):
    size = path.stat().st_size
    return f"{max(1, round(size / 1024))} Ko" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} Mo".replace(".", ",")


def test_home_initiatives_and_domain_pages_list_each_collection_with_its_real_size(built_site):
    from html import unescape
    g = guide()
    listings = {"": "", "initiatives": "../", **{d.slug: "../" for d in g.domains}}
    for page, up in listings.items():
        html = unescape(read(built_site, page)).replace("\u202f", " ")
        for domain in g.domains:
            path = collection_pdf(built_site, domain.slug)
            count = len(PdfReader(path).pages)
            link = (f'<a href="{up}{FOLDER}/{path.name}" type="application/pdf">Études de cas : {domain.title} '
                    f"(PDF, {count} pages, {size_shown(path)})</a>")
            mine = sum(1 for i in g.initiatives if domain_written(i) == domain.slug)
            # Every collection on the home page and the index; a domain's page offers its own.
            if page in ("", "initiatives", domain.slug):
                assert f"{link} : {mine} études de cas." in html, (page, domain.slug)
            else:
                assert link not in html, (page, domain.slug)


def cached(folder):
    return {file: file.stat().st_mtime_ns for file in folder.iterdir()}


def test_both_editions_keep_their_booklets_in_the_shared_cache(built_site):
    """The French build then the English one, in the same cache (as `make build`): neither pruned the other's."""
    from conftest import booklet_cache
    cache = booklet_cache(built_site) / "booklets"     # GUIDE_CACHE/booklets/<language>
    assert sorted(path.name for path in cache.iterdir()) == ["en", "fr"]
    for language, site in (("fr", built_site), ("en", built_site / "en")):
        pdfs = list((site / FOLDER).glob("*.pdf"))
        assert len(pdfs) > 25
        assert len(list((cache / language).glob("*.pdf"))) == len(list((cache / language).glob("*.json"))) == len(pdfs)
        kept = {path.read_bytes() for path in (cache / language).glob("*.pdf")}
        assert all(pdf.read_bytes() in kept for pdf in pdfs), language


def test_a_second_build_takes_every_booklet_from_the_cache(built_site, site_url, tmp_path):
    from conftest import booklet_cache
    cache = booklet_cache(built_site) / "booklets"     # GUIDE_CACHE/booklets/<language>
    kept, english = cached(cache / "fr"), cached(cache / "en")
    pdfs = sorted(path.name for path in (built_site / FOLDER).glob("*.pdf"))
    result = mkdocs_build(ROOT, tmp_path / "site", {"GUIDE_PDF": "1", "SITE_URL": f"{site_url}/",
                                                    "GUIDE_CACHE": str(booklet_cache(built_site))})
    assert result.returncode == 0, result.stderr
    assert f"Livrets PDF : 0 mis en page, {len(pdfs)} repris du cache ({cache / 'fr'})" in result.stderr
    assert cached(cache / "fr") == kept
    assert cached(cache / "en") == english        # the English edition's booklets, untouched
    for name in pdfs:
        assert (tmp_path / "site" / FOLDER / name).read_bytes() == (built_site / FOLDER / name).read_bytes(), name


def test_step_page_links_its_booklet_with_its_size_and_pages(built_site):
    for step in steps_with_checklists():
        path = step_pdf(built_site, step)
        page = read(built_site, step.src_uri[:-3])
        count = len(PdfReader(path).pages)
        size = f"{max(1, round(path.stat().st_size / 1024))} Ko"
        pages = f"{count} page{'s' if count > 1 else ''}"
        link = f'<a href="../../{FOLDER}/{path.name}" type="application/pdf">' \
               f"Les listes de cette étape à imprimer (PDF, {pages}, {size})</a>"
        assert link in page, step.key


def test_home_page_offers_the_offline_copy_and_the_booklets_with_their_sizes(built_site):
    home = read(built_site, "")
    assert '<h2 id="hors-connexion-et-sur-papier">Hors connexion et sur papier</h2>' in home
    for name, label in [("guide-hors-ligne.zip", "Le guide hors connexion (ZIP, "),
                        ("guide-complet.pdf", "Le guide complet (PDF, "),
                        ("toutes-les-listes.pdf", "Toutes les listes de questions (PDF, ")]:
        shown = size_shown(built_site / FOLDER / name)
        found = re.search(rf'<a href="{FOLDER}/{re.escape(name)}"[^>]*>{re.escape(label)}(?:\d+ pages, )?'
                          rf'{re.escape(shown)}\)</a>', home)
        assert found, (name, shown)


def test_build_with_booklets_off_offers_none(tmp_path):
    """GUIDE_PDF=0 (what `make serve` sets): nothing made, nothing offered, no empty section."""
    result = mkdocs_build(ROOT, tmp_path / "site", {"GUIDE_PDF": "0"})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "site" / FOLDER).exists()
    assert "Hors connexion et sur papier" not in read(tmp_path / "site", "")
    assert 'class="gb-download"' not in read(tmp_path / "site", "developpement-economique/feuille-de-route")


def test_without_site_url_no_download_or_printed_page_shows_the_preview_address(tmp_path):
    """`make build` without SITE_URL: site_url falls back to the preview's 127.0.0.1, which no PDF, printed
    page header or offline README may give a reader; the build says once that no address is printed."""
    import subprocess
    import zipfile
    from project import ENV, MAKE, make_project
    project = make_project(tmp_path / "guide")
    env = {key: value for key, value in ENV.items() if key != "SITE_URL"}
    result = subprocess.run([*(a for a in MAKE if a != "GUIDE_PDF=0"), "build", "GUIDE_PDF=1"], cwd=project,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout + result.stderr
    # Once by each edition's build.
    assert output.count("SITE_URL non défini : les PDF, les pages imprimées et la copie hors connexion "
                        "n'indiquent aucune adresse en ligne") == 2
    site = project / "site"
    pdfs = sorted((site / FOLDER).glob("*.pdf"))
    assert len(pdfs) >= 3
    for pdf in pdfs:
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "127.0.0.1" not in text and "En ligne :" not in text, pdf.name
    with zipfile.ZipFile(site / FOLDER / "guide-hors-ligne.zip") as archive:
        readme = archive.read("guide-hors-ligne/LISEZ-MOI.txt").decode("utf-8")
    assert "127.0.0.1" not in readme and "Ouvrez le fichier index.html" in readme
    english = sorted((site / "en" / FOLDER).glob("*.pdf"))
    assert [pdf.name for pdf in english] == [pdf.name for pdf in pdfs]
    for pdf in english:
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "127.0.0.1" not in text and "Online:" not in text, pdf.name
    with zipfile.ZipFile(site / "en" / FOLDER / "guide-hors-ligne.zip") as archive:
        readme = archive.read("guide-hors-ligne/README.txt").decode("utf-8")
    assert "127.0.0.1" not in readme and "Open the index.html file" in readme
    page = (site / "economie" / "lieux" / "index.html").read_text(encoding="utf-8")
    header = page.split('<div class="gb-print-meta" hidden>', 1)[1].split("</div>", 1)[0]
    assert "Adresse :" not in header and "127.0.0.1" not in header


def test_booklets_show_a_step_at_a_glance_its_subheadings_and_real_synonyms(built_site):
    booklet = " ".join(pdf_pages(built_site / FOLDER / "listes-developpement-economique-feuille-de-route.pdf"))
    assert "Faire émerger des start-up (but A)" in booklet
    whole = " ".join(pdf_pages(built_site / FOLDER / "guide-complet.pdf"))
    assert "Durée indicative 2 à 4 mois pour l'écrire et la faire adopter" in whole
    assert "Synonymes : marathon de programmation" in whole.replace("\u202f", " ")
    assert "Autres formes" not in whole


# --- The English edition's downloads (en/telechargements/, the same file names) -------------------------

EN_STEP_PDF = "listes-developpement-economique-feuille-de-route.pdf"
# From en/roadmap/developpement-economique/feuille-de-route.yml.
EN_STEP_TITLE = "Drawing up a roadmap to speed up local economic development"
EN_LISTS = ["Identify what holds back the growth of young companies", "Choose the levers that foster innovation"]
EN_QUESTIONS = ["Human resources: is there a lack of skills in software development, innovation methods, "
                "user-centred design or designing a marketable product?",
                "Should we make available data that companies can reuse and turn to good account?"]
FRENCH_HEADINGS = ["Étape", "ÉTAPE", "Objectif", "OBJECTIF", "En ligne", "Version du", "Sommaire", "Études de cas",
                   "Durée indicative", "À retenir", "listes de questions", "\u202f"]


def test_the_english_step_booklet_prints_the_english_step_in_english_words(built_site, site_url):
    reader = PdfReader(built_site / "en" / FOLDER / EN_STEP_PDF)
    assert reader.metadata.title == f"Step 5: {EN_STEP_TITLE} — question lists"
    pages = [squash(page.extract_text()) for page in reader.pages]
    assert pages[0].startswith(f"STIMULATING LOCAL ECONOMIC DEVELOPMENT · STEP 5 {EN_STEP_TITLE} "
                               f"Online: {site_url}/en/developpement-economique/feuille-de-route/ OBJECTIVE Turn the "
                               "successful pilot actions into lasting schemes")
    text = " ".join(pages)
    for words in EN_LISTS + EN_QUESTIONS + ["Help start-ups emerge (aim A)"]:
        assert words in text, words
    assert text.count("Notes") == 2
    assert pages[-1].endswith(f"{EN_STEP_TITLE} Digital technology for local authorities "
                              f"page {len(pages)} / {len(pages)}")
    for french in FRENCH_HEADINGS:
        assert french not in text, french


def test_the_english_whole_guide_and_collections_are_in_english(built_site):
    reader = PdfReader(built_site / "en" / FOLDER / "guide-complet.pdf")
    pages = [squash(page.extract_text()) for page in reader.pages]
    assert reader.metadata.title == "The complete guide"
    assert pages[0].startswith("A PRACTICAL GUIDE FOR LOCAL AUTHORITIES Digital technology for local authorities")
    assert pages[1].startswith("Contents Stimulating local economic development")
    assert f"Step 5: {EN_STEP_TITLE}" in pages[1]
    text = " ".join(pages)
    for words in ("INDICATIVE DURATION", "In practice", "Key points", "Case study Place Online", "Glossary",
                  "Case studies: Stimulating local economic development"):
        assert words.lower() in text.lower(), words
    collection = PdfReader(built_site / "en" / FOLDER / "etudes-de-cas-developpement-economique.pdf")
    assert collection.metadata.title == "Case studies: Stimulating local economic development"
    cover = squash(collection.pages[0].extract_text())
    assert "The case studies of the domain “Stimulating local economic development”" in cover
    assert squash(collection.pages[1].extract_text()).startswith("Contents")
    for french in FRENCH_HEADINGS:
        assert french not in text, french


def english_size(path):
    """A size as the English pages write it, computed here from the file."""
    size = path.stat().st_size
    return f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def test_the_english_home_page_offers_the_english_downloads_with_their_sizes(built_site):
    home = read(built_site / "en", "")
    folder = built_site / "en" / FOLDER
    assert '<h2 id="offline-and-on-paper">Offline and on paper</h2>' in home
    economy = sum(1 for i in guide().initiatives if domain_written(i) == "developpement-economique")

    def pdf(name):
        return len(PdfReader(folder / name).pages)
    offers = [
        ("guide-hors-ligne.zip", f"The guide offline (ZIP, {english_size(folder / 'guide-hors-ligne.zip')})</a>: "
                                 "unzip it, then open the folder&#39;s index.html file in your browser"),
        ("guide-complet.pdf", f"The complete guide (PDF, {pdf('guide-complet.pdf')} pages, "
                              f"{english_size(folder / 'guide-complet.pdf')})</a>: the steps with their"),
        ("toutes-les-listes.pdf", f"All question lists (PDF, {pdf('toutes-les-listes.pdf')} pages, "
                                  f"{english_size(folder / 'toutes-les-listes.pdf')})</a>: "
                                  "the questions of every step"),
        ("toutes-les-listes.xlsx", f"All question lists in a spreadsheet (XLSX, "
                                   f"{english_size(folder / 'toutes-les-listes.xlsx')})</a>: the same questions"),
        ("etudes-de-cas-developpement-economique.pdf",
         f"Case studies: Stimulating local economic development (PDF, "
         f"{pdf('etudes-de-cas-developpement-economique.pdf')} pages, "
         f"{english_size(folder / 'etudes-de-cas-developpement-economique.pdf')})</a>: {economy} case studies."),
    ]
    for name, words in offers:
        assert re.search(rf'<a href="{FOLDER}/{re.escape(name)}"[^>]*>{re.escape(words)}', home), (name, words)
    assert " Ko" not in home and " Mo)" not in home
    # The step page offers its booklet and spreadsheet, in English, with their sizes.
    step = read(built_site / "en", "developpement-economique/feuille-de-route")
    assert (f'<a href="../../{FOLDER}/{EN_STEP_PDF}" type="application/pdf">This step\'s lists to print '
            f"(PDF, {pdf(EN_STEP_PDF)} pages, {english_size(folder / EN_STEP_PDF)})</a>") in step
    xlsx = "listes-developpement-economique-feuille-de-route.xlsx"
    assert (f"The same lists in a spreadsheet, with “Done”, “Who”, “When” and “Notes” columns "
            f"(XLSX, {english_size(folder / xlsx)})</a>") in step
    # The French home page still offers the French files.
    assert '<a href="telechargements/guide-complet.pdf" type="application/pdf">Le guide complet (PDF, ' \
        in read(built_site, "")
