"""The held judges are named once, in bench/held_sets.py, and every probe reads them from there."""
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import held_sets  # noqa: E402


def test_a_judge_is_told_by_its_suffix_not_by_a_prefix_of_it():
    first = held_sets.JUDGES[0]
    assert held_sets.is_judge(f"extraction_en{first}.jsonl") and held_sets.is_judge(f"extraction_zh{first}")
    assert not held_sets.is_judge("extraction_en_dev2.jsonl") and not held_sets.is_judge(f"extraction_en{first}0.jsonl")


def test_holdouts_are_held_and_tuning_sets_are_not():
    assert held_sets.is_held("extraction_en_holdout2.jsonl")
    assert not held_sets.is_held("extraction_en_dev11.jsonl")


def test_no_probe_keeps_a_list_of_its_own():
    for path in BENCH.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "_dev21." not in text and '("_dev21", "_dev22")' not in text, path.name


def test_no_probe_names_the_current_judges_itself():
    for path in BENCH.glob("*.py"):
        if path.name == "held_sets.py":
            continue
        text = path.read_text(encoding="utf-8")
        for judge in held_sets.JUDGES:
            bare = judge.lstrip("_")
            for form in (f'"{judge}"', f"'{judge}'", f"{judge}.", f'"{bare}"', f"'{bare}'"):
                assert form not in text, f"{path.name} names the judge {judge} itself: import bench/held_sets.py"


def test_the_judges_are_the_newest_sets_written():
    # A set written after the judges is allowed only as a recorded tuning set (its untuned read is in the record,
    # as a round's second-wave sets are); any other newer set means JUDGES was not moved to the new judges.
    import json
    data = BENCH.parent / "tests" / "data"
    record = json.loads((BENCH.parent / "nlp" / "calibration_untuned.json").read_text())
    recorded = {f for s in record["sets"] for f in s["files"]}
    judge = max(int(j.removeprefix("_dev")) for j in held_sets.JUDGES)
    for path in data.glob("extraction_*_dev*.jsonl"):
        number = path.stem.rsplit("_dev", 1)[1]
        if number.isdigit() and int(number) > judge:
            assert path.name in recorded, f"{path.name} is newer than the judges: move JUDGES or record its untuned read"
