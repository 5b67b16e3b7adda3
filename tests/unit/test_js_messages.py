"""The browser scripts' message catalogue (docs/assets/js/messages.js), read as text: both languages say
the same things (same keys, same placeholders, same kinds of value), every key a script asks for is
there, and each language keeps its own typography. What the pages show: tests/browser/test_languages.py."""
import json
import re

import pytest

from conftest import ROOT

JS = ROOT / "docs" / "assets" / "js"
SOURCE = (JS / "messages.js").read_text(encoding="utf-8")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalogue():
    found = re.search(r"^  GB\.messages = (\{\n.*?\n  \});$", SOURCE, re.S | re.M)
    assert found, "messages.js: « GB.messages = {…};» not found"
    return json.loads(found.group(1))


MESSAGES = catalogue()


def texts(value):
    """The texts of a message: itself, its plural forms, or its list (the months)."""
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return value
    return [value]


def test_the_catalogue_has_french_and_english_only():
    assert list(MESSAGES) == ["fr", "en"]


def test_both_languages_have_exactly_the_same_keys():
    french, english = MESSAGES["fr"], MESSAGES["en"]
    assert sorted(set(french) - set(english)) == [], "missing from English"
    assert sorted(set(english) - set(french)) == [], "missing from French"
    assert list(french) == list(english), "the two catalogues list their keys in different orders"


@pytest.mark.parametrize("key", sorted(MESSAGES["fr"]))
def test_each_message_uses_the_same_placeholders_in_both_languages(key):
    french, english = MESSAGES["fr"][key], MESSAGES["en"][key]
    used = [{name for text in texts(value) for name in PLACEHOLDER.findall(text)} for value in (french, english)]
    # A plural form may say « une » or "one" instead of {n}: n chooses the form either way.
    assert used[0] - {"n"} == used[1] - {"n"}, key


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_value_is_a_text_a_pair_of_plural_forms_or_the_twelve_months(language):
    for key, value in MESSAGES[language].items():
        if isinstance(value, dict):
            assert sorted(value) == ["one", "other"], key
            assert all(isinstance(text, str) and text for text in value.values()), key
        elif isinstance(value, list):
            assert key == "date.months" and len(value) == 12, key
        else:
            assert isinstance(value, str) and value, key


def test_every_key_a_script_asks_for_is_in_the_catalogue():
    asked = set()
    for path in sorted(JS.glob("*.js")):
        text = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r'GB\.t\("([\w.]+)"\s*[,)]', text))
        # Keys made from a prefix: the self-assessment's notices, the spreadsheet's column headings.
        for prefix, _name in re.findall(r'GB\.t\("([\w.]+\.)" \+ (\w+)\)', text):
            asked.add(prefix + "*")
    assert asked, "no GB.t call found"
    keys = set(MESSAGES["fr"])
    for key in asked:
        if key.endswith("*"):
            assert any(k.startswith(key[:-1]) for k in keys), key
        else:
            assert key in keys, key
    for dynamic in ("assess.storage", "assess.corrupt", "export.columnDomain", "export.columnNotes"):
        assert dynamic in keys


def test_no_script_but_the_catalogue_writes_french_text():
    """The reader's French is in messages.js only: no other script holds a « … », a U+202F or an accented
    word in a string (the ids and class names they use are plain ASCII)."""
    for path in sorted(JS.glob("*.js")):
        if path.name == "messages.js":
            continue
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.S)
        for literal in re.findall(r'"((?:[^"\\\n]|\\.)*)"', code):
            assert not re.search(r"[«»À-ÿ]|\\u202f", literal), (path.name, literal)


def test_french_keeps_its_narrow_no_break_spaces_and_english_has_none():
    for key, value in MESSAGES["fr"].items():
        for text in texts(value):
            assert not re.search(r" [:;!?»]|« ", text), (key, text)
            assert not re.search(r"[^\s\u202f][:;!?»]|«[^\u202f]", text), (key, text)
    for key, value in MESSAGES["en"].items():
        for text in texts(value):
            assert not re.search(r"[\u202f\u00a0«»]", text), (key, text)
            assert not re.search(r"\s[:;!?]", text), (key, text)
