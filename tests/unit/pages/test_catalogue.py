"""The words the guide writes around the records' text: one catalogue per language, with the same keys."""
import string

from macros.pages.catalogue import Catalogue, messages


def _placeholders(message) -> set:
    texts = message.values() if isinstance(message, dict) else [message] if isinstance(message, str) else []
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


def test_french_and_english_have_the_same_keys_and_the_same_values_to_put_in():
    french, english = messages("fr"), messages("en")
    assert sorted(set(french) ^ set(english)) == []
    for key in french:
        assert type(french[key]) is type(english[key]), key
        assert _placeholders(french[key]) == _placeholders(english[key]), key


def test_plurals_follow_each_language():
    assert [Catalogue("fr").text("count.steps", count=n) for n in (0, 1, 2)] == ["0 étape", "1 étape", "2 étapes"]
    assert [Catalogue("en").text("count.steps", count=n) for n in (0, 1, 2)] == ["0 steps", "1 step", "2 steps"]
    assert Catalogue("en").points(1) == "1 point" and Catalogue("fr").points(0) == "0 point"


def test_dates_are_written_as_each_language_writes_them():
    assert Catalogue("fr").date("2025-03-01") == "1er mars 2025"
    assert Catalogue("en").date("2025-03-01") == "1 March 2025"
    assert Catalogue("en").date("2024-12-25") == "25 December 2024"


def test_a_value_put_in_a_message_is_escaped_but_the_message_is_kept_as_written():
    words = Catalogue("en")
    assert str(words.markup("owner.hosted_by", host="<b>Ville & Co</b>")) == \
        "The site is hosted by &lt;b&gt;Ville &amp; Co&lt;/b&gt;."
    assert str(words.markup("start.steps.takes")) == "<strong>One step at a time</strong>: a read, then a working meeting."
    assert words.text("initiatives.page_title", number=2, count=3) == "Initiatives, page 2 of 3"


def test_an_unknown_language_is_refused():
    try:
        Catalogue("de")
    except ValueError as error:
        assert str(error) == "langue « de » inconnue : le guide existe en fr, en"
    else:
        raise AssertionError("Catalogue('de') was accepted")
