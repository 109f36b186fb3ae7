"""Held-out real documents (tests/corpus/holdout), scored with the project's scorer."""

from __future__ import annotations

import collections
from pathlib import Path

from vnadmindoc import parse_file, to_dict

from .conftest import gold, scorer

HOLDOUT = Path(__file__).parent / "corpus" / "holdout"


def test_holdout_accuracy_and_segmentation() -> None:
    score = scorer()
    fields: dict[str, list[float]] = collections.defaultdict(list)
    for path in sorted(HOLDOUT.glob("*.txt")):
        expected = gold(path)
        predicted = [to_dict(d) for d in parse_file(path)]
        fields["segmentation"].append(float(len(predicted) == len(expected)))
        for g, p in score.align(expected, predicted):
            score.score_doc(g, p, fields)
    values = [v for vs in fields.values() for v in vs]
    accuracy = sum(values) / len(values)
    assert min(fields["segmentation"]) == 1.0
    # Measured 0.966 on 367 files (0.994 on the first 56; later batches are OCR-heavier,
    # flattened by crawlers or cut by the web-page store, and `t-a-03` lost every accented
    # letter to a broken font; see tests/corpus/holdout/README.md); the gold is annotators' work.
    # 0.973 on 588 files, then 0.961 on 654 with the `ar-*` to `at-*` batches of scanned tax
    # letters (seven of them decoded with the wrong font table, or their accented letters lost);
    # 0.964 on 666 and on 678 with four batches of web pages; 0.969 on 702 with four more and
    # the restoration of texts that lost every letter outside ASCII; 0.968 on 748 with eight
    # batches more, 0.969 on 772 with four more kept for measurement; 0.970 on 793, 0.969
    # on 817, 0.970 on 889, 911, 930, 954 and 971, 0.972 on 1,019, 1,040, 1,063 and 1,081.
    # The floor guards regressions with some room for the next, harder batches.
    assert accuracy >= 0.95, {k: sum(v) / len(v) for k, v in fields.items() if min(v) < 1}
