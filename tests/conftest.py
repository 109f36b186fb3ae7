"""Shared fixtures: the dev corpus beside the checkout and Hypothesis profiles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VNADMINDOC_CORPUS", ROOT.parent / "shared" / "corpus" / "dev"))
EXAMPLES = ROOT / "examples"


def corpus_files() -> list[Path]:
    """The dev-corpus texts that have a gold file (empty when the corpus is not there)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob("*.txt") if p.with_suffix(".gold.json").exists())


def gold(path: Path) -> list[dict[str, object]]:
    data = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    documents: list[dict[str, object]] = data["documents"]
    return documents


needs_corpus = pytest.mark.skipif(not corpus_files(), reason=f"dev corpus not found at {CORPUS}")
