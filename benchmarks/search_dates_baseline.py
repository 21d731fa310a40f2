"""How far `dateparser.search_dates` alone gets on the event dates, scored like the pipeline.

The full pipeline runs with its `press_dates` stage swapped for one that asks
`search_dates` (English, publication date as the relative base) for the dates
of each event's reporting sentence, then of its passage, paragraph by
paragraph, and takes the first hit as a one-day event. Everything else (event
finding, places, people, the evaluator) is the same, so the start_date,
end_date and sessions rows compare the two date readers on the same events.

    .venv/bin/python benchmarks/search_dates_baseline.py [--corpus corpus] [--gold gold/events.jsonl]
        [--splits gold/splits.json] [--out outputs/search_dates]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.evaluate import evaluate, format_table
from pipeline.extract import extract
from pipeline.nlp import build_nlp
from pipeline.records import read_records

FIELDS = ("events", "start_date", "end_date", "sessions")


@Language.factory("benchmark_search_dates", requires=["doc._.events"], assigns=["doc._.events"])
def make_search_dates(nlp: Language, name: str) -> SearchDates:
    return SearchDates()


class SearchDates:
    """press_dates' stand-in: the first date `search_dates` finds near the event."""

    def __call__(self, doc: Doc) -> Doc:
        published = date.fromisoformat(doc._.published) if doc._.published else None
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if published:
            settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time())
        for draft in doc._.events or []:
            draft.update(start_date=None, end_date=None, date_precision="day", sessions=[])
            pieces = []
            if draft.get("trigger"):
                pieces.append(doc.text[draft["trigger"][0] : draft["trigger"][1]])
            pieces += [p for p in doc.text[draft["start"] : draft["end"]].split("\n") if p.strip()]
            for piece in pieces:
                found = search_dates(piece, languages=["en"], settings=settings) or []
                if found:
                    day = found[0][1].date().isoformat()
                    draft.update(start_date=day, end_date=day, sessions=[{"start": day, "end": day}])
                    break
        return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--gold", type=Path, default=Path("gold/events.jsonl"))
    parser.add_argument("--splits", type=Path, default=Path("gold/splits.json"))
    parser.add_argument("--out", type=Path, default=Path("outputs/search_dates"))
    args = parser.parse_args(argv)

    nlp = build_nlp()
    nlp.replace_pipe("press_dates", "benchmark_search_dates")
    args.out.mkdir(parents=True, exist_ok=True)
    extract([args.corpus], args.out, nlp, progress=False)

    gold = read_records(args.gold)
    pred = read_records(args.out / "events.jsonl")
    splits = json.loads(args.splits.read_text(encoding="utf-8"))
    columns = {f"search_dates:{split}": evaluate(gold, pred, ids) for split, ids in splits.items()}
    table = format_table(columns).splitlines()
    print("\n".join(line for line in table if line.split()[0] in ("F1",) + FIELDS or line.startswith("-")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
