"""What the pages give the theme and the scripts about a record's text still French (English edition):
titles and labels with their French part in a <span lang="fr">, the page head's flags, the records'
"fr" lists; and nothing more for text that is not French."""
from types import SimpleNamespace

from macros.pages import initiatives_data
from macros.pages.render import french_fields, head_meta, lang, theme_label
from macros.reading.overlays import French


def test_a_label_marks_its_french_part_only_and_escapes_every_part():
    assert theme_label("3. ", French("L'écoute des <habitants>")) == \
        '3. <span lang="fr">L&#x27;écoute des &lt;habitants&gt;</span>'
    assert theme_label("3. ", "Listening & learning") == "3. Listening &amp; learning"


def test_the_head_of_a_page_whose_title_and_description_are_french():
    meta = head_meta({"title": French("Kenya Open Data"), "description": French("En 2011, l'ouverture")})
    assert meta == {"title": '<span lang="fr">Kenya Open Data</span>', "gb_head_title": "Kenya Open Data",
                    "gb_title_lang": "fr", "description": "En 2011, l&#x27;ouverture", "gb_description_lang": "fr"}


def test_a_title_partly_french_gives_the_head_its_plain_text_unmarked():
    meta = head_meta({"title": ("Checklists · ", French("Gérer l'eau")), "description": "Every list."})
    assert meta == {"title": 'Checklists · <span lang="fr">Gérer l&#x27;eau</span>',
                    "gb_head_title": "Checklists · Gérer l&#x27;eau", "description": "Every list."}


def test_an_english_or_french_edition_page_head_gets_no_flag():
    assert head_meta({"title": "Tom & Jerry", "description": "A \"test\"", "search": {"exclude": True}}) == \
        {"title": "Tom &amp; Jerry", "description": "A &quot;test&quot;", "search": {"exclude": True}}


def test_a_record_for_a_script_names_its_french_texts_and_no_others():
    record = {"text": "Quelle priorité ?", "help": ""}
    assert french_fields(record, text=French("Quelle priorité ?"), help=None) == \
        {"text": "Quelle priorité ?", "help": "", "fr": ["text"]}
    assert french_fields(record, text="Which priority?", help="") == record


def test_an_english_option_in_a_french_group_says_it_is_english():
    assert lang("1. Clarify", within=French("Gérer les services")) == ' lang="en"'
    assert lang(French("1. Clarifier"), within=French("Gérer les services")) == ' lang="fr"'
    assert lang("1. Clarify", within="Managing services") == ""
    assert lang("1. Clarify") == ""


def test_a_case_study_record_and_a_device_say_what_is_french():
    initiative = SimpleNamespace(title=French("Kenya Open Data"), slug="kenya", city=French("Nairobi"),
                                 country=French("Kenya"), year_start=2011, year_end=None, steps=[], tags=[],
                                 devices=[])
    assert initiatives_data.record(initiative, {}, "since 2011") == {
        "t": "Kenya Open Data", "u": "kenya", "p": "Nairobi, Kenya · since 2011", "c": "Kenya", "y": [2011, None],
        "s": [], "k": [], "v": [], "fr": ["t", "p"]}
    translated = SimpleNamespace(**{**vars(initiative), "title": "kLab", "city": "Kigali", "country": "Rwanda"})
    assert "fr" not in initiatives_data.record(translated, {}, "since 2011")
    terms = [SimpleNamespace(slug="hackathon", term=French("Hackathon")), SimpleNamespace(slug="api", term="API")]
    assert initiatives_data.devices(terms) == [["hackathon", "Hackathon", "fr"], ["api", "API"]]
