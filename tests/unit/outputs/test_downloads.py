"""What the pages say of a file to take away: its size as each edition's reader reads it, and its kind."""
import pytest

from macros.outputs.downloads import Download, Downloads
from macros.pages.catalogue import Catalogue


@pytest.mark.parametrize("size, label", [(100, "1 Ko"), (19 * 1024, "19 Ko"), (19 * 1024 + 300, "19 Ko"),
                                         (1024 * 1024, "1,0 Mo"), (1_468_006, "1,4 Mo")])
def test_size_label(size, label):
    assert Download("telechargements/guide-complet.pdf", "Le guide complet", size).size_label == label


@pytest.mark.parametrize("size, label", [(100, "1 KB"), (19 * 1024, "19 KB"), (1024 * 1024, "1.0 MB"),
                                         (1_468_006, "1.4 MB")])
def test_size_label_in_english(size, label):
    assert Download("telechargements/guide-complet.pdf", "The complete guide", size, 3, Catalogue("en")).size_label \
        == label


def test_kind_is_the_extension_in_capitals():
    assert Download("telechargements/guide-hors-ligne.zip", "Le guide hors connexion", 1).kind == "ZIP"
    assert Download("telechargements/guide-complet.pdf", "Le guide complet", 1).kind == "PDF"


def test_serve_and_guide_pdf_0_make_no_download(monkeypatch):
    monkeypatch.delenv("GUIDE_PDF", raising=False)
    assert Downloads("build").enabled
    assert not Downloads("serve").enabled
    monkeypatch.setenv("GUIDE_PDF", "0")
    assert not Downloads("build").enabled
    assert Downloads("build").for_home() == []
