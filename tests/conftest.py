"""Shared fixtures: the dev corpus beside the checkout and Hypothesis profiles."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)

# Round trips through every format are the renderers' proof: at least 500 examples each in CI;
# HYPOTHESIS_PROFILE=thorough runs 5000 locally, dev 50.
ROUND_TRIPS = settings(
    max_examples={"ci": 500, "thorough": 5000, "dev": 50}.get(PROFILE, 500),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VNADMINDOC_CORPUS", ROOT.parent / "shared" / "corpus" / "dev"))
EXAMPLES = ROOT / "examples"


def corpus_files() -> list[Path]:
    """The dev-corpus texts that have a gold file (empty when the corpus is not there)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob("*.txt") if p.with_suffix(".gold.json").exists())


HOLDOUT = ROOT / "tests" / "corpus" / "holdout"


def bundled_files() -> list[Path]:
    """The held-out texts shipped in the checkout: real documents that need no ``../shared``."""
    return sorted(HOLDOUT.glob("*.txt"))


def gold(path: Path) -> list[dict[str, object]]:
    data = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    documents: list[dict[str, object]] = data["documents"]
    return documents


needs_corpus = pytest.mark.skipif(not corpus_files(), reason=f"dev corpus not found at {CORPUS}")
SCORER = CORPUS.parents[1] / "eval" / "score.py"


def scorer() -> ModuleType:
    """The project's scorer (``../shared/eval/score.py``), loaded as a module."""
    spec = importlib.util.spec_from_file_location("vnadmindoc_score", SCORER)
    if spec is None or spec.loader is None or not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
