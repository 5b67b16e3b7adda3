"""The two editions of the guide: the English one (mkdocs.en.yml) is the French site's configuration in
English, its pages at the same addresses in the folder en/."""
from conftest import ROOT
from macros.addresses import Links, edition_root
from mkdocs.utils.yaml import yaml_load


def _config(name):
    with open(ROOT / name, encoding="utf-8") as file:
        return yaml_load(file)


def _pages(nav) -> list:
    found = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        found += _pages(value) if isinstance(value, list) else [value]
    return found


def test_the_english_navigation_has_the_french_pages_in_the_same_order():
    french, english = _config("mkdocs.yml"), _config("mkdocs.en.yml")
    assert _pages(english["nav"]) == _pages(french["nav"])
    assert [next(iter(entry)) for entry in english["nav"]] == [
        "Home", "Why this guide?", "Which support schemes?", "Self-assessment", "Initiatives", "Resources",
        "All question lists", "Glossary", "About"]


def test_the_english_edition_is_the_french_configuration_in_english():
    english = _config("mkdocs.en.yml")
    assert english["theme"]["language"] == "en" and _config("mkdocs.yml")["theme"]["language"] == "fr"
    assert english["hooks"] == ["macros/adapters/mkdocs_hook.py"]          # inherited
    assert english["extra"]["alternate"] == [{"name": "Français", "link": "../", "lang": "fr"},
                                             {"name": "English", "link": "./", "lang": "en"}]
    assert english["site_name"] == "Digital technology for local authorities"


def test_a_page_links_to_its_twin_in_the_other_edition():
    links = Links()
    assert links.in_edition("index.md", "fr", "en") == "en/"
    assert links.in_edition("index.md", "en", "fr") == "../"
    assert links.in_edition("initiatives/ville-test.md", "fr", "en") == "../../en/initiatives/ville-test/"
    assert links.in_edition("initiatives/ville-test.md", "en", "fr") == "../../../initiatives/ville-test/"
    assert links.in_edition("glossaire.md", "en", "en") == "./"
    assert Links(directory_urls=False).in_edition("initiatives/index.md", "fr", "en") == "../en/initiatives/index.html"
    assert edition_root("https://guide.exemple.org/guide/", "en") == "https://guide.exemple.org/guide/en/"
