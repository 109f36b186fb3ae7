from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

from vnadmindoc import (
    SCHEMA,
    Document,
    SchemaError,
    documents_from_json,
    documents_to_json,
    from_dict,
    from_json,
    json_schema,
    parse_file,
    to_json,
)

from .arbitrary import documents
from .conftest import corpus_files, gold

# Built once: ``jsonschema.validate`` checks the schema itself on every call, which was nine
# tenths of the schema property's time.
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@given(documents())
def test_json_round_trip(doc: Document) -> None:
    assert from_json(to_json(doc)) == doc


@given(documents())
def test_every_document_follows_the_schema(doc: Document) -> None:
    VALIDATOR.validate(json.loads(documents_to_json([doc])))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_documents_round_trip_and_follow_the_schema(path: Path) -> None:
    docs = parse_file(path)
    text = documents_to_json(docs)
    VALIDATOR.validate(json.loads(text))
    assert documents_from_json(text) == docs


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_envelope_names_its_schema() -> None:
    assert json.loads(documents_to_json([]))["schema"] == SCHEMA == "vnadmindoc/1"


@pytest.mark.parametrize("path", corpus_files()[:3], ids=lambda p: p.stem)
def test_gold_files_are_readable_as_documents(path: Path) -> None:
    for item in gold(path):
        from_dict(item)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON"),
        ("[]", "expected dict"),
        ('{"schema": "other/2", "documents": []}', "schema must be"),
        ('{"kind": 3}', "document.kind"),
        ('{"date": "12/9/2021"}', "date"),
        ('{"code": "2548"}', "not a code"),
        ('{"signatures": [{"authority": [{"kind": "XX", "holder": "A"}]}]}', "unknown value"),
        ('{"spans": {"place": [5, 1]}}', "invalid span"),
    ],
)
def test_bad_json_raises_schema_error(text: str, message: str) -> None:
    read = documents_from_json if text.startswith('{"schema"') else from_json
    with pytest.raises(SchemaError, match=message):
        read(text)


def test_from_json_accepts_a_one_document_envelope() -> None:
    doc = Document(kind="thong_bao")
    assert from_json(documents_to_json([doc])) == doc
    with pytest.raises(SchemaError, match="expected one document"):
        from_json(documents_to_json([doc, doc]))
