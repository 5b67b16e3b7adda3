"""Both schema validators (jsonschema-rs, and the Python jsonschema that words the messages) give the same
verdict on every record of the real content and of every test fixture."""
import pytest

from conftest import ROOT
from macros.kinds import KINDS
from macros.reading import records, schemas, yamlload

FIXTURES = ROOT / "tests" / "fixtures"


def _fixture_documents():
    folders = [FIXTURES / "mini", ROOT] + sorted((FIXTURES / "bad").iterdir()) + sorted((FIXTURES / "accepted").iterdir())
    for folder in folders:
        for kind, path in records.record_files(folder, KINDS):
            if path.suffix == ".yml" and not path.is_symlink():
                yield kind.name, path


def test_both_validators_give_the_same_verdict_on_every_fixture():
    if schemas.jsonschema_rs is None:
        pytest.fail("jsonschema-rs manque : il est dans requirements.txt")
    compared = 0
    for kind, path in _fixture_documents():
        document = yamlload.load(path.name, path.read_bytes())
        if document.data is None:
            continue
        python = schemas.validator(kind).is_valid(document.data)
        rust = schemas._fast_validator(kind).is_valid(document.data)
        assert python == rust, f"{path}: Python {python}, Rust {rust}"
        compared += 1
    assert compared > 150
