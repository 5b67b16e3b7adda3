"""What the filters of a paginated index get in their scripts, and the choices they offer, in French order."""
from datetime import date

from corpus import MINI
from macros.addresses import Links
from macros.kinds import load_guide
from macros.pages import initiatives_data, initiatives_filters
from macros.pages.views import Views


def test_the_complete_list_names_each_case_study_compactly():
    views = Views(load_guide(MINI))
    assert initiatives_data.complete_list(views, Links()) == {
        "address": "slug/", "steps": ["economie/lieux"],
        "items": [{"t": "Ville test", "u": "ville-test", "p": "Exempleville, Maroc · 2016–2017", "c": "Maroc",
                   "y": [2016, 2017], "s": [0], "k": ["lieux"], "v": ["tiers-lieu"]}]}
    assert initiatives_data.complete_list(views, Links(directory_urls=False))["address"] == "slug.html"


def test_a_script_sets_a_global_and_escapes_line_separators():
    assert initiatives_data.script("gbDevices", [["tiers-lieu", "Tiers-lieu \u2028"]]) == \
        'window.gbDevices=[["tiers-lieu","Tiers-lieu \\u2028"]];\n'


def test_countries_in_french_order_and_years_most_recent_first():
    assert sorted(["Tunisie", "Sénégal", "Rwanda", "Égypte"], key=initiatives_filters.french_order) == \
        ["Égypte", "Rwanda", "Sénégal", "Tunisie"]
    choices = initiatives_filters.filter_choices(load_guide(MINI), today=date(2030, 1, 1))
    assert choices.countries == ["Maroc"] and choices.tags == ["lieux"]
    assert [term.term for term in choices.devices] == ["Tiers-lieu"]
    assert choices.years == [2017, 2016]
