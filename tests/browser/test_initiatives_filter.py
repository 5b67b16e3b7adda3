"""Filters of the initiatives index in a real browser: each narrows the list and the count, the address
keeps them (shared link, Back button), and without JavaScript every case study is listed."""
import unicodedata
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT

INDEX = "/initiatives/"


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def initiatives():
    found = []
    for path in sorted((ROOT / "initiatives").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append(data)
    return found


def titles(items):
    return sorted(i["title"] for i in items)


def shown(page):
    return sorted(page.locator("#liste-initiatives .gb-card:visible .gb-card__title").all_inner_texts())


def count(page):
    return page.locator("#compte-initiatives")


def query(page):
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def running_in(item, year):
    end = item["years"].get("end") or date.today().year
    return item["years"]["start"] <= year <= end


def open_index(page, site_url, query_string=""):
    page.goto(site_url + INDEX + query_string)
    expect(page.locator("#filtres-initiatives")).to_be_visible()


def test_every_case_study_is_listed_and_counted_at_first(page, site_url, initiatives):
    open_index(page, site_url)
    assert shown(page) == titles(initiatives)
    expect(count(page)).to_have_text(f"{len(initiatives)} études de cas, toutes affichées.")
    expect(count(page)).to_have_attribute("aria-live", "polite")
    assert page.errors == []


@pytest.mark.parametrize("label, name, value, keep", [
    ("Pays", "pays", "Maroc", lambda i: i["country"] == "Maroc"),
    ("Domaine", "domaine", "developpement-economique",
     lambda i: any(s.startswith("developpement-economique/") for s in i["steps"])),
    ("Étape", "etape", "developpement-economique/feuille-de-route",
     lambda i: "developpement-economique/feuille-de-route" in i["steps"]),
    ("Mot-clé", "mot-cle", "mobilité", lambda i: "mobilité" in i.get("tags", [])),
    ("En cours en", "annee", "2005", lambda i: running_in(i, 2005)),
])
def test_each_filter_narrows_the_list_the_count_and_the_address(page, site_url, initiatives,
                                                                label, name, value, keep):
    expected = titles([i for i in initiatives if keep(i)])
    assert expected, "le filtre doit garder au moins une étude de cas"
    open_index(page, site_url)
    page.get_by_label(label, exact=True).select_option(value)
    assert shown(page) == expected
    total = len(initiatives)
    if len(expected) == total:
        expect(count(page)).to_have_text(f"{total} études de cas, toutes affichées.")
    else:
        verb = "correspondent" if len(expected) > 1 else "correspond"
        noun = "études de cas" if len(expected) > 1 else "étude de cas"
        expect(count(page)).to_have_text(f"{len(expected)} {noun} {verb} à ces filtres, sur {total}.")
    assert query(page) == {name: value}


def test_text_filter_ignores_case_and_accents(page, site_url, initiatives):
    open_index(page, site_url)
    search = page.get_by_label("Rechercher dans les initiatives")
    search.fill("CASABLANCA")
    assert shown(page) == titles([i for i in initiatives if "casablanca" in fold(i["city"] + i["title"] + i["lede"])])
    assert query(page) == {"texte": "CASABLANCA"}
    search.fill("senegal")
    assert shown(page) == titles([i for i in initiatives if i["country"] == "Sénégal"])
    search.fill("zzz introuvable")
    assert shown(page) == []
    total = len(initiatives)
    expect(count(page)).to_have_text(f"Aucune étude de cas ne correspond à ces filtres ({total} au total).")


def test_filters_combine_and_the_address_restores_them_in_a_new_page(page, site_url, browser, initiatives):
    open_index(page, site_url)
    page.get_by_label("Pays", exact=True).select_option("Maroc")
    page.get_by_label("En cours en", exact=True).select_option("2005")
    expected = titles([i for i in initiatives if i["country"] == "Maroc" and running_in(i, 2005)])
    assert shown(page) == expected and len(expected) == 1
    address = page.url
    assert query(page) == {"pays": "Maroc", "annee": "2005"}
    other = browser.new_context().new_page()
    other.goto(address)
    expect(other.get_by_label("Pays", exact=True)).to_have_value("Maroc")
    expect(other.get_by_label("En cours en", exact=True)).to_have_value("2005")
    assert shown(other) == expected
    other.context.close()


def test_back_button_returns_to_the_previous_filters(page, site_url, initiatives):
    open_index(page, site_url)
    page.get_by_label("Pays", exact=True).select_option("Maroc")
    page.get_by_label("Mot-clé", exact=True).select_option("mobilité")
    assert shown(page) == ["DataCity Casablanca"]
    page.go_back()
    expect(page.get_by_label("Mot-clé", exact=True)).to_have_value("")
    assert query(page) == {"pays": "Maroc"}
    assert shown(page) == titles([i for i in initiatives if i["country"] == "Maroc"])
    page.go_back()
    expect(page.get_by_label("Pays", exact=True)).to_have_value("")
    assert shown(page) == titles(initiatives)
    page.go_forward()
    expect(page.get_by_label("Pays", exact=True)).to_have_value("Maroc")


def test_clearing_the_filters_shows_everything_again(page, site_url, initiatives):
    open_index(page, site_url, "?pays=Kenya&texte=nairobi")
    expect(page.get_by_label("Rechercher dans les initiatives")).to_have_value("nairobi")
    assert shown(page) == titles([i for i in initiatives if i["country"] == "Kenya"])
    page.get_by_role("button", name="Effacer les filtres").click()
    expect(page.get_by_label("Pays", exact=True)).to_have_value("")
    assert shown(page) == titles(initiatives)
    assert query(page) == {}


def test_an_unknown_value_in_the_address_is_ignored(page, site_url, initiatives):
    open_index(page, site_url, "?pays=Atlantide")
    expect(page.get_by_label("Pays", exact=True)).to_have_value("")
    assert shown(page) == titles(initiatives)


def test_filters_work_after_instant_navigation(page, site_url, initiatives):
    page.goto(site_url + "/")
    page.locator("article").get_by_role("link", name="Les initiatives", exact=True).click()
    page.wait_for_url("**/initiatives/")
    page.get_by_label("Pays", exact=True).select_option("Kenya")
    assert shown(page) == titles([i for i in initiatives if i["country"] == "Kenya"])
    assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1
    assert page.errors == []


def test_without_javascript_every_case_study_is_listed_and_no_filter_is_offered(browser, site_url, initiatives):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + INDEX + "?pays=Maroc")
    assert shown(page) == titles(initiatives)
    expect(page.locator("#filtres-initiatives")).to_be_hidden()
    expect(count(page)).to_be_hidden()
    context.close()


def test_a_card_of_the_one_page_index_carries_the_record_the_complete_list_uses(built_site):
    """One encoding of a case study for the filters: on a card here, in initiatives/liste-complete.js for a
    paginated index (tests/test_initiatives_pages.py), read by one function of initiatives-data.js."""
    import json
    import re
    html = (built_site / "initiatives" / "index.html").read_text(encoding="utf-8")
    form = re.search(r"<form [^>]*id=\"filtres-initiatives\"[^>]*>", html).group(0)
    assert json.loads(re.search(r"data-parameters='([^']*)'", form).group(1)) == {
        "country": "pays", "device": "dispositif", "domain": "domaine", "step": "etape", "tag": "mot-cle",
        "text": "texte", "year": "annee"}
    steps = json.loads(re.search(r"data-steps='([^']*)'", form).group(1))
    card = re.search(r"<li class=\"gb-card\" data-record='([^']*)'>\s*<p class=\"gb-card__title\">"
                     r"<a href=\"budgit-nigeria/\">", html)
    record = json.loads(card.group(1))
    assert {key: value for key, value in record.items() if key != "s"} == {
        "t": "BudgIT", "u": "budgit-nigeria", "p": "Lagos, Nigeria · depuis 2011", "c": "Nigeria",
        "y": [2011, None], "k": ["budget", "transparence", "civic tech", "Afrique de l'Ouest"],
        "v": ["transparence-budgetaire", "donnees-ouvertes"]}
    assert sorted(steps[place] for place in record["s"]) == [
        "relations-citoyens/attentes-politiques-redevabilite", "relations-citoyens/partenaires-civic-tech"]
