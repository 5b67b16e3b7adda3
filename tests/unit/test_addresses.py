"""Every address of the site in one module: the links a reader follows on the site (directory URLs, or
x/y.html with use_directory_urls: false), and the names no record may take."""
from pathlib import Path

from corpus import MINI
from macros import addresses
from macros.addresses import Links


def test_links_between_pages_of_the_site_end_with_a_slash():
    links = Links()
    assert links.href("economie/lieux.md", "initiatives/ville-test.md") == "../../initiatives/ville-test/"
    assert links.href("index.md", "glossaire.md") == "glossaire/"
    assert links.href("glossaire/tiers-lieu.md", "glossaire.md") == "../"
    assert links.href("initiatives/index.md", "initiatives/ville-test.md") == "ville-test/"
    assert links.href("economie/index.md", "economie/lieux.md") == "lieux/"
    assert links.href("economie/lieux.md", "economie/lieux.md") == "./"
    assert links.href("economie/lieux.md", "glossaire.md", "tiers-lieu") == "../../glossaire/#tiers-lieu"


def test_links_without_directory_urls_name_the_html_file():
    files = Links(directory_urls=False)
    assert files.href("economie/lieux.md", "initiatives/ville-test.md") == "../initiatives/ville-test.html"
    assert files.href("index.md", "glossaire.md") == "glossaire.html"
    assert files.href("glossaire/tiers-lieu.md", "glossaire.md") == "../glossaire.html"
    assert files.href("initiatives/index.md", "initiatives/ville-test.md") == "ville-test.html"
    assert files.href("economie/index.md", "economie/lieux.md", "liste-contraintes") == "lieux.html#liste-contraintes"


def test_a_site_file_is_linked_as_it_is_named():
    pdf = addresses.step_booklet("economie", "lieux")
    assert pdf == "telechargements/listes-economie-lieux.pdf"
    assert Links().href("economie/lieux.md", pdf) == "../../telechargements/listes-economie-lieux.pdf"
    assert Links(False).href("economie/lieux.md", pdf) == "../telechargements/listes-economie-lieux.pdf"


def test_page_paths_of_each_kind_of_record():
    assert addresses.domain("economie") == "economie/index.md"
    assert addresses.step("economie", "lieux") == "economie/lieux.md"
    assert addresses.initiative("ville-test") == "initiatives/ville-test.md"
    assert addresses.initiatives_page(1) == "initiatives/index.md"
    assert addresses.initiatives_page(3) == "initiatives/page/3.md"
    assert addresses.term("tiers-lieu") == "glossaire/tiers-lieu.md"
    assert addresses.term_of_page("glossaire/tiers-lieu.md") == "tiers-lieu"
    assert addresses.term_of_page("glossaire.md") is None
    assert addresses.decision_tree("dispositifs") == "arbre-de-decision.md"
    assert addresses.decision_tree("financement") == "arbre-de-decision/financement.md"


def test_the_printed_address_of_a_page_is_its_online_address_or_nothing():
    assert addresses.online("https://guide.exemple.org/", "economie/lieux.md") == \
        "https://guide.exemple.org/economie/lieux/"
    assert addresses.online("https://guide.exemple.org/", "economie/index.md") == "https://guide.exemple.org/economie/"
    assert addresses.online("https://guide.exemple.org/", "index.md") == "https://guide.exemple.org/"
    assert addresses.online("", "economie/lieux.md") == ""


def test_reserved_names_of_a_domain_include_the_pages_of_docs():
    assert addresses.reserved("initiative", MINI) == {"index"}
    assert addresses.reserved("step", MINI) == {"index"}
    domain = addresses.reserved("domain", MINI)
    # The fixture's docs/ holds a-propos.md, index.md and introduction.md: a domain can take none of them.
    assert {"a-propos", "introduction", "index", "glossaire", "initiatives", "telechargements"} <= domain
    assert "autodiagnostic" in domain and "autodiagnostic" not in addresses.reserved("assessment", MINI)
    assert addresses.reserved("domain", Path("/nonexistent")) == addresses.SITE_NAMES
