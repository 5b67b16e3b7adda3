"""The initiatives index in pages, on a guide with more case studies than a page lists: each page lists its
slice and links to the others; with JavaScript the filters search every case study from any page; without
it, each page still lists its slice. The fixture corpus gets 12 case studies and pages of 5 (3 pages)."""
import functools
import http.server
import re
import threading
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import _QuietHandler, mkdocs_build
from corpus import MINI, make_corpus, with_engine
from macros.kinds import load_guide
from macros.outputs import offline
from site_html import Elements, PrimaryNav, article, complete_list
from test_accessibility import violations

PAGE_SIZE = 5
HOSTILE = '<img src=x onerror="window.injected=1">Étoile'
# slug: (title, country, devices). « page » and « page-2 » are slugs a page of the index could have taken.
EXTRA = {
    "page": ("Page blanche", "Kenya", ["incubateur"]),
    "page-2": ("Page deux", "Sénégal", ["incubateur"]),
    "abidjan-lab": ("Abidjan Lab", "Côte d'Ivoire", ["incubateur"]),
    "bamako-hub": ("Bamako Hub", "Mali", ["incubateur"]),
    "cotonou-incube": ("Cotonou Incube", "Bénin", ["incubateur"]),
    "dakar-lieu": ("Dakar Lieu", "Sénégal", ["tiers-lieu"]),
    "etoile": (HOSTILE, "Maroc", ["incubateur"]),
    "fes-start": ("Fès Start", "Maroc", ["incubateur"]),
    "goma-tech": ("Goma Tech", "RD Congo", ["incubateur"]),
    "harare-works": ("Harare Works", "Zimbabwe", ["incubateur"]),
    "ibadan-space": ("Zinder Space", "Niger", ["incubateur"]),
}
INDEX = "/initiatives/"


def extra_initiatives():
    model = (MINI / "initiatives" / "ville-test.yml").read_text(encoding="utf-8")
    files = {}
    for slug, (title, country, devices) in EXTRA.items():
        text = (model.replace("title: Ville test", f"title: {yaml_string(title)}", 1)
                .replace("country: Maroc", f"country: {yaml_string(country)}", 1)
                .replace("devices: [tiers-lieu]", f"devices: [{', '.join(devices)}]", 1))
        files[f"initiatives/{slug}.yml"] = text
    # An outcome of two devices: its link to the index asks for the case studies using either.
    tree = (MINI / "decisions" / "dispositifs.yml").read_text(encoding="utf-8")
    files["decisions/dispositifs.yml"] = tree.replace("devices: [tiers-lieu]", "devices: [tiers-lieu, incubateur]", 1)
    return files


def yaml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def with_page_size(project: Path, size: int):
    """The copied engine, with pages of `size` case studies (60 in the guide: too many for a fast test)."""
    module = project / "macros" / "pages" / "initiatives_listing.py"
    source = module.read_text(encoding="utf-8")
    assert re.search(r"^PAGE_SIZE = \d+$", source, re.MULTILINE)
    module.write_text(re.sub(r"^PAGE_SIZE = \d+$", f"PAGE_SIZE = {size}", source, flags=re.MULTILINE),
                      encoding="utf-8")


def serve(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("paginated")
    project = with_engine(make_corpus(tmp, extra_initiatives()))
    with_page_size(project, PAGE_SIZE)
    return project


@pytest.fixture(scope="module")
def titles(project):
    """Every case study's title, in the order of the guide (and of the index)."""
    return [i.title for i in load_guide(project).initiatives]


@pytest.fixture(scope="module")
def paginated_site(project, tmp_path_factory):
    """The corpus built for the address it is served at (instant navigation needs it, see conftest)."""
    site = tmp_path_factory.mktemp("paginated-site")
    server = serve(site)
    address = f"http://127.0.0.1:{server.server_address[1]}"
    result = mkdocs_build(project, site, {"SITE_URL": address + "/"})
    assert result.returncode == 0, result.stderr[-3000:]
    yield site, address
    server.shutdown()


@pytest.fixture(scope="module")
def site_dir(paginated_site):
    return paginated_site[0]


@pytest.fixture(scope="module")
def address(paginated_site):
    return paginated_site[1]


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def listed(html: str):
    return [title[2] for title in Elements(article(html)).with_class("gb-card__title")]


def pager(html: str):
    """[(text, href, aria-current, rel)] of the links of the index's page nav, or None without one."""
    elements = Elements(html)
    navs = elements.all("nav", aria_label="Pages de la liste des initiatives")
    if not navs:
        return None
    return [(a[2], a[1].get("href"), a[1].get("aria-current"), a[1].get("rel"))
            for a in elements.all("a", within=navs[0])]


# Without a browser: the pages as served.

def test_each_page_lists_its_slice_in_the_order_of_the_guide(site_dir, titles):
    assert len(titles) == 12
    pages = ["initiatives", "initiatives/page/2", "initiatives/page/3"]
    slices = [listed(read(site_dir, path)) for path in pages]
    assert [len(s) for s in slices] == [5, 5, 2]
    assert [title for s in slices for title in s] == titles
    assert not (site_dir / "initiatives" / "page" / "4").exists()
    assert "Études de cas 6 à 10 sur 12." in read(site_dir, "initiatives/page/2")
    assert "<h1" in article(read(site_dir, "initiatives/page/2"))
    assert re.search(r"<h1[^>]*>Initiatives, page 2 sur 3</h1>", read(site_dir, "initiatives/page/2"))


def test_the_page_nav_marks_the_current_page_and_links_to_the_others(site_dir):
    assert pager(read(site_dir, "initiatives/page/2")) == [
        ("← Page précédente", "../../", None, "prev"),
        ("Page 1", "../../", None, None),
        ("Page 2", "./", "page", None),
        ("Page 3", "../3/", None, None),
        ("Page suivante →", "../3/", None, "next"),
    ]
    first = [link[0] for link in pager(read(site_dir, "initiatives"))]
    assert first == ["Page 1", "Page 2", "Page 3", "Page suivante →"]
    last = [link[0] for link in pager(read(site_dir, "initiatives/page/3"))]
    assert last == ["← Page précédente", "Page 1", "Page 2", "Page 3"]


def test_a_long_page_nav_keeps_the_first_the_last_and_the_nearby_pages():
    from macros.pages.initiatives_listing import listing_pages
    pages = listing_pages(list(range(2000)), 60)
    assert len(pages) == 34 and len(pages[-1].initiatives) == 20
    numbers = [link.number if link else "…" for link in pages[16].links()]
    assert numbers == [1, "…", 15, 16, 17, 18, 19, "…", 34]
    assert [link.number if link else "…" for link in pages[0].links()] == [1, 2, 3, "…", 34]
    assert len(listing_pages([], 60)) == 1 and len(listing_pages(list(range(60)), 60)) == 1


def test_case_studies_named_page_and_page_2_keep_their_own_pages(site_dir):
    assert re.search(r"<h1[^>]*>Page blanche</h1>", read(site_dir, "initiatives/page"))
    assert re.search(r"<h1[^>]*>Page deux</h1>", read(site_dir, "initiatives/page-2"))
    assert pager(read(site_dir, "initiatives/page/2")) is not None


def test_the_pages_of_the_index_are_not_in_the_site_navigation(site_dir):
    for path in ["initiatives", "initiatives/page/2", "initiatives/page"]:
        links = PrimaryNav(read(site_dir, path)).links
        assert links and not [href for href in links if "page/" in href], path


def test_the_complete_list_and_the_devices_are_scripts_beside_page_1(site_dir, titles):
    complete = complete_list(site_dir)
    assert [item["t"] for item in complete["items"]] == titles
    assert complete["address"] == "slug/"
    page = next(item for item in complete["items"] if item["u"] == "page")
    assert [complete["steps"][s] for s in page["s"]] == ["economie/lieux"] and page["v"] == ["incubateur"]
    devices = (site_dir / "initiatives" / "dispositifs.js").read_text(encoding="utf-8")
    assert devices == 'window.gbDevices=[["incubateur","Incubateur"],["tiers-lieu","Tiers-lieu"]];\n'
    # The page holds neither: the device select is filled by the script, the cards carry no filter data.
    html = read(site_dir, "initiatives/page/2")
    assert '<option value="incubateur">' not in html and "data-record" not in html


def test_a_decision_tree_outcome_lists_five_case_studies_and_links_to_the_others(site_dir):
    elements = Elements(article(read(site_dir, "arbre-de-decision")))

    def outcome(id):
        section = elements.all("section", id=f"resultat-{id}")[0]
        listed = elements.with_class("gb-outcome__initiatives", within=section)[0]
        more = [(a[2], a[1]["href"]) for more in elements.with_class("gb-outcome__more", within=section)
                for a in elements.all("a", within=more)]
        return len(elements.all("li", within=listed)), more

    assert outcome("lieux") == (5, [("Voir les 12 initiatives qui emploient ces dispositifs",
                                     "../initiatives/?dispositif=tiers-lieu,incubateur")])
    assert outcome("accompagner") == (5, [("Voir les 10 initiatives qui emploient ce dispositif",
                                           "../initiatives/?dispositif=incubateur")])


# In a browser.

def shown(page):
    return page.locator("#filtres-initiatives ~ ul.gb-cards:visible .gb-card:visible .gb-card__title").all_inner_texts()


def query(page):
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def open_page(page, url):
    page.goto(url)
    expect(page.locator("#filtres-initiatives")).to_be_visible()


def test_filtering_from_page_2_finds_a_case_study_of_page_1(page, address, titles):
    open_page(page, address + INDEX + "page/2/")
    assert shown(page) == titles[5:10]
    page.get_by_label("Rechercher dans les initiatives").fill("abidjan")
    expect(page.locator("#compte-initiatives")).to_have_text("1 étude de cas correspond à ces filtres, sur 12.")
    assert shown(page) == ["Abidjan Lab"] and "Abidjan Lab" in titles[:5]
    expect(page.locator("#pages-initiatives")).to_be_hidden()
    page.get_by_role("link", name="Abidjan Lab").click()
    page.wait_for_url("**/initiatives/abidjan-lab/")
    page.go_back()
    expect(page.get_by_label("Rechercher dans les initiatives")).to_have_value("abidjan")
    page.get_by_role("button", name="Effacer les filtres").click()
    expect(page.locator("#pages-initiatives")).to_be_visible()
    assert shown(page) == titles[5:10]
    assert query(page) == {}
    assert page.errors == []


def test_a_country_filter_lists_matches_from_every_page(page, address, titles):
    open_page(page, address + INDEX + "page/3/")
    page.get_by_label("Pays", exact=True).select_option("Maroc")
    expect(page.locator("#compte-initiatives")).to_have_text("3 études de cas correspondent à ces filtres, sur 12.")
    assert shown(page) == [t for t in titles if t in (HOSTILE, "Fès Start", "Ville test")]
    assert query(page) == {"pays": "Maroc"}


def test_the_device_filter_from_the_address(page, address, titles):
    open_page(page, address + INDEX + "page/2/?dispositif=tiers-lieu")
    expect(page.get_by_label("Dispositif", exact=True)).to_have_value("tiers-lieu")
    expect(page.locator("#compte-initiatives")).to_have_text("2 études de cas correspondent à ces filtres, sur 12.")
    assert shown(page) == [t for t in titles if t in ("Dakar Lieu", "Ville test")]


def test_the_link_of_a_decision_tree_outcome_lists_the_case_studies_of_any_of_its_devices(page, address, titles):
    page.goto(address + "/arbre-de-decision/?r=emergence,limite")
    page.locator(".gb-outcome:visible").get_by_role("link", name="Voir les 12 initiatives").click()
    page.wait_for_url("**/initiatives/?dispositif=tiers-lieu,incubateur")
    expect(page.get_by_label("Dispositif", exact=True)).to_have_value("tiers-lieu,incubateur")
    expect(page.get_by_label("Dispositif", exact=True).locator("option:checked")).to_have_text(
        "L'un de ces dispositifs\u202f: Tiers-lieu, Incubateur")
    expect(page.locator("#compte-initiatives")).to_have_text("12 études de cas, toutes affichées.")
    assert shown(page) == titles
    page.get_by_label("Pays", exact=True).select_option("Sénégal")
    assert query(page) == {"dispositif": "tiers-lieu,incubateur", "pays": "Sénégal"}
    assert "dispositif=tiers-lieu,incubateur" in page.url
    assert shown(page) == [t for t in titles if t in ("Dakar Lieu", "Page deux")]
    assert page.errors == []


def test_contributor_text_in_a_matching_card_stays_text(page, address):
    open_page(page, address + INDEX + "page/3/?texte=etoile")
    expect(page.locator("#compte-initiatives")).to_contain_text("1 étude de cas")
    assert shown(page) == [HOSTILE]
    assert page.locator("#resultats-initiatives img").count() == 0
    assert page.evaluate("window.injected") is None
    href = page.locator("#resultats-initiatives a").get_attribute("href")
    assert href == address + "/initiatives/etoile/"


def test_the_page_links_and_filters_work_with_instant_navigation(page, address, titles):
    open_page(page, address + INDEX)
    page.locator("#pages-initiatives").get_by_role("link", name="Page suivante").click()
    page.wait_for_url("**/initiatives/page/2/")
    expect(page.locator("#pages-initiatives [aria-current=page]")).to_have_text("Page 2")
    assert shown(page) == titles[5:10]
    page.get_by_label("Pays", exact=True).select_option("Kenya")
    expect(page.locator("#compte-initiatives")).to_have_text("1 étude de cas correspond à ces filtres, sur 12.")
    assert shown(page) == ["Page blanche"]
    assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1
    assert page.errors == []


def test_without_javascript_page_2_lists_its_slice_and_links_to_the_others(browser, address, titles):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(address + INDEX + "page/2/?pays=Maroc")
    assert page.locator("#liste-initiatives .gb-card__title").all_inner_texts() == titles[5:10]
    expect(page.locator("#filtres-initiatives")).to_be_hidden()
    page.get_by_role("link", name="Page 3").click()
    assert page.locator("#liste-initiatives .gb-card__title").all_inner_texts() == titles[10:]
    context.close()


@pytest.mark.parametrize("query_string", ["", "?dispositif=incubateur"])
def test_no_axe_violation_on_a_page_of_the_index(page, address, query_string):
    open_page(page, address + INDEX + "page/2/" + query_string)
    expect(page.locator("#compte-initiatives")).to_contain_text("12")
    assert violations(page) == []


@pytest.fixture(scope="module")
def offline_site(site_dir, tmp_path_factory):
    """The offline copy of the paginated site, made as `make build` makes it (without its booklets, which
    take seconds), unzipped."""
    folder = tmp_path_factory.mktemp("paginated-offline")
    offline.write(site_dir, folder / "copie.zip")
    with zipfile.ZipFile(folder / "copie.zip") as archive:
        archive.extractall(folder)
    return folder / offline.FOLDER


def test_filters_search_every_page_in_the_offline_copy_opened_from_files(page, offline_site, titles):
    page.goto((offline_site / "initiatives" / "page" / "3" / "index.html").as_uri() + "?pays=Kenya")
    expect(page.locator("#compte-initiatives")).to_have_text("1 étude de cas correspond à ces filtres, sur 12.")
    assert shown(page) == ["Page blanche"]
    page.get_by_role("link", name="Page blanche").click()
    assert page.url.endswith("/initiatives/page/index.html")
