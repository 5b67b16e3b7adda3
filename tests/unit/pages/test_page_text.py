"""A generated page reaches MkDocs as text with its metadata beside it: nothing in the text can pass for a
YAML header that MkDocs (or mkdocs-macros) would read."""
from mkdocs.utils.meta import get_data

from macros.pages.render import PageText


def test_generated_page_text_has_no_metadata_for_mkdocs_to_read():
    for text in ("---\nrender_macros: true\n---\n# Titre", "render_macros: true\ntitle: x\n\n# Titre",
                 "\x7f---\nrender_macros: true\n---\n"):
        page = PageText(text, {"description": "x"})
        assert get_data(str(page))[1] == {}
