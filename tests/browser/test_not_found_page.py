"""The page a reader gets at an address the guide does not have: in French, with a way home, the search,
the initiatives and the glossary, from any depth; nothing to print or share; no accessibility fault.

The test server answers a missing address with its own error: a host serving the guide answers with
404.html, which Playwright does here for a deep address."""
import pytest
from playwright.sync_api import expect

from test_accessibility import violations

N = "\u202f"
DEEP = "/une/adresse/qui/n-existe/pas/"


@pytest.fixture
def not_found(browser, built_site, site_url, request):
    width, height = getattr(request, "param", (1280, 800))
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": height})
    page = context.new_page()
    body = (built_site / "404.html").read_bytes()
    page.route(site_url + DEEP, lambda route: route.fulfill(status=404, body=body,
                                                              content_type="text/html; charset=utf-8"))
    response = page.goto(site_url + DEEP, wait_until="networkidle")
    assert response.status == 404
    yield page
    context.close()


def test_says_page_not_found_in_french_with_links_that_work_from_any_depth(not_found, site_url):
    page = not_found
    assert page.title() == "Page introuvable - Le numérique au service des collectivités locales"
    assert page.locator("h1").inner_text() == "Page introuvable"
    content = page.locator(".gb-not-found")
    assert "Aucune page du guide ne se trouve à cette adresse." in content.inner_text()
    links = content.locator("a")
    assert [links.nth(i).inner_text() for i in range(links.count())] == [
        "Go to the English edition's home page", "Revenir à l'accueil du guide", "Chercher un mot dans tout le guide", "Parcourir les initiatives",
        "Ouvrir le glossaire"]
    # Material's instant navigation makes links absolute once the page runs: where each one leads.
    assert [links.nth(i).evaluate("a => a.href") for i in range(links.count())] == [
        site_url + "/en/", site_url + "/", site_url + "/?q=", site_url + "/initiatives/", site_url + "/glossaire/"]
    assert content.locator("p[lang=en]").inner_text() == "Looking for the guide in English? Go to the English edition's home page."
    assert f"Chercher un mot dans tout le guide{N}: la recherche" in content.inner_text()
    content.get_by_role("link", name="Ouvrir le glossaire").click()
    page.wait_for_url(site_url + "/glossaire/")
    expect(page.locator("h1")).to_have_text("Glossaire")     # instant navigation: the page comes after its address


def test_search_link_opens_the_search_on_the_home_page(not_found, site_url):
    page = not_found
    page.get_by_role("link", name="Chercher un mot dans tout le guide").click()
    page.wait_for_url(site_url + "/?q=")
    search_field = page.get_by_role("textbox", name="Rechercher")
    search_field.wait_for(state="visible")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Rechercher"


def test_offers_no_print_or_share_button(not_found):
    page = not_found
    assert page.get_by_role("button", name="Imprimer").count() == 0
    assert page.get_by_role("button", name="Partager").count() == 0
    assert page.locator(".gb-page-tools").count() == 0


def test_links_are_made_from_the_site_root_and_the_policy_is_there(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="Content-Security-Policy"' in html
    for link in ('<a href="/.">Revenir', '<a href="/.?q=" target="_self">Chercher', '<a href="/initiatives/">Parcourir',
                 '<a href="/glossaire/">Ouvrir'):
        assert link in html


@pytest.mark.parametrize("not_found", [(1280, 800), (390, 844)], ids=["1280", "390"], indirect=True)
def test_no_axe_violation(not_found):
    assert violations(not_found) == []
