"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def run(nlp):
    """Process a text (optionally with a doc id and publication date) and return the Doc."""
    from pipeline.sources import SourceText, split_published_header, text_sha256
    from pipeline.extract import prepare_doc

    def _run(text: str, doc_id: str = "t", published: str | None = None):
        from datetime import date

        header, _ = split_published_header(text)
        pub = header or (date.fromisoformat(published) if published else None)
        return nlp(prepare_doc(nlp, SourceText(doc_id, doc_id, text, text_sha256(text), pub)))

    return _run


@pytest.fixture(scope="session")
def seed_000():
    return (CORPUS / "000_e41bb3c37d7cab35.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_004():
    return (CORPUS / "004_058b221fbfff7788.txt").read_text(encoding="utf-8")
