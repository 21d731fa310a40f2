"""The review report: one self-contained HTML page of what was extracted, and why.

Per document: the text with every value's evidence highlighted by field
(displaCy's span style, `manual=True`) and one card per event. With gold, each
value is marked correct, wrong (beside its gold value) or missing, using the
scorer's own alignment and value folding (`pipeline.evaluate`), so the marks
add up to the scores in the summary. At the top: the evaluation summary, a bar
chart of per-field F1 (pipeline and baseline), and links to the documents with
the most errors.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path

import jinja2
from spacy import displacy

from .errors import Errors, PipelineError
from .evaluate import FIELDS, DocumentScore, Report, align, evaluate
from .models import DocumentStatus, EventRecord, Participant
from .records import atomic_writer, read_documents, read_records
from .resources import read_json
from .sources import SourceError, read_source

TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"
MOST_ERRORS = 10  # documents linked from the summary

# Shown on the cards but not scored (evaluate.FIELDS has no entry for them).
UNSCORED: dict[str, Callable[[EventRecord], object]] = {
    "date_precision": lambda r: r.date_precision,
    "location.venue": lambda r: r.location.venue,
    "location.region": lambda r: r.location.region,
    "location.platform": lambda r: r.location.platform,
}


def _participant_detail(p: Participant) -> str:
    return " · ".join(x for x in (p.kind, p.role, p.title, p.affiliation, p.country) if x)


def _scalar(getter: Callable[[EventRecord], object]) -> Callable[[EventRecord], list[tuple[str, str | None]]]:
    def values(r: EventRecord) -> list[tuple[str, str | None]]:
        value = getter(r)
        return [] if value is None else [(str(value), None)]
    return values


# How each scored field reads on a card: (text, detail) per value, in the same
# order and number as evaluate.FIELDS gives the values it compares.
DISPLAY: dict[str, Callable[[EventRecord], list[tuple[str, str | None]]]] = {
    "title": _scalar(lambda r: r.title),
    "event_type": _scalar(lambda r: r.event_type),
    "series": _scalar(lambda r: r.series),
    "edition": _scalar(lambda r: r.edition),
    "start_date": _scalar(lambda r: r.start_date),
    "end_date": _scalar(lambda r: r.end_date),
    "sessions": lambda r: [(str(s.start) if s.start == s.end else f"{s.start} – {s.end}", None) for s in r.sessions],
    "location.city": _scalar(lambda r: r.location.city),
    "location.country": _scalar(lambda r: r.location.country),
    "location.virtual": _scalar(lambda r: "yes" if r.location.virtual else "no"),
    "parties": lambda r: [(c, None) for c in r.parties],
    "participants": lambda r: [(p.name, _participant_detail(p)) for p in r.participants],
    "participant_roles": lambda r: [(f"{p.name}: {p.role}", None) for p in r.participants],
    "topics": lambda r: [(t, None) for t in r.topics],
}


@dataclass
class Mark:
    """One value on a card: `status` is correct, wrong or missing when gold is given, else None."""

    text: str
    status: str | None = None
    gold: str | None = None  # the gold value beside a wrong scalar
    detail: str | None = None


@dataclass
class FieldRow:
    name: str
    marks: list[Mark]
    scored: bool = True


@dataclass
class EventCard:
    event_id: str  # the predicted event's id; the gold event's for a missed one
    title: str | None
    state: str  # matched | extra | missed (with gold), predicted (without)
    gold_id: str | None
    confidence: float | None
    rows: list[FieldRow]

    def count(self, status: str) -> int:
        return sum(m.status == status for row in self.rows for m in row.marks)


@dataclass
class DocumentView:
    doc_id: str
    anchor: str
    status: str | None  # from documents.jsonl: ok | no_events | error …
    message: str | None
    split: str | None
    text_html: str | None
    notes: list[str]
    cards: list[EventCard]
    score: DocumentScore | None

    @property
    def errors(self) -> int:
        return len(self.score.errors) if self.score else 0


@dataclass
class Scope:
    """One summary table: the systems' reports over a set of documents."""

    name: str
    documents: int
    reports: dict[str, Report]


@dataclass
class ReportPage:
    documents: list[DocumentView]
    has_gold: bool = False
    scopes: list[Scope] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def most_errors(self) -> list[DocumentView]:
        ranked = sorted((d for d in self.documents if d.errors), key=lambda d: (-d.errors, d.doc_id))
        return ranked[:MOST_ERRORS]


def mark_values(name: str, gold: EventRecord | None, pred: EventRecord | None, *, scored: bool = True) -> list[Mark]:
    """The values of field `name` on one card: predicted ones first, then the gold values missed.

    As the scorer: values compare as evaluate.FIELDS folds them, as multisets;
    a lone wrong scalar beside a lone missed one is one wrong value with its gold.
    """
    keys, display = FIELDS[name], DISPLAY.get(name, lambda r: [(str(v), None) for v in FIELDS[name](r)])
    pred_items = list(zip(keys(pred), display(pred))) if pred else []
    if not scored:
        return [Mark(text, None, detail=detail) for _, (text, detail) in pred_items]
    gold_items = list(zip(keys(gold), display(gold))) if gold else []
    unmatched = Counter(k for k, _ in gold_items)
    marks, wrong = [], []
    for key, (text, detail) in pred_items:
        if unmatched[key] > 0:
            unmatched[key] -= 1
            marks.append(Mark(text, "correct", detail=detail))
        else:
            wrong.append(Mark(text, "wrong", detail=detail))
            marks.append(wrong[-1])
    missing = []
    for key, (text, detail) in gold_items:
        if unmatched[key] > 0:
            unmatched[key] -= 1
            missing.append(Mark(text, "missing", detail=detail))
    if len(gold_items) <= 1 and len(pred_items) <= 1 and wrong and missing:
        wrong[0].gold = missing.pop().text
    return marks + missing


def _card(gold: EventRecord | None, pred: EventRecord | None, *, scored: bool) -> EventCard:
    shown = pred or gold
    assert shown is not None
    rows = [FieldRow(name, mark_values(name, gold, pred, scored=scored)) for name in FIELDS]
    for name, getter in UNSCORED.items():
        value = getter(shown)
        rows.append(FieldRow(name, [] if value is None else [Mark(str(value))], scored=False))
    state = "predicted" if not scored else "matched" if gold and pred else "extra" if pred else "missed"
    return EventCard(shown.event_id, shown.title, state, gold.event_id if gold else None,
                     pred.confidence if pred else None, rows)


def event_cards(gold: list[EventRecord] | None, pred: list[EventRecord]) -> list[EventCard]:
    """One card per predicted event (beside its aligned gold event), then one per gold event missed."""
    if gold is None:
        return [_card(None, p, scored=False) for p in pred]
    gold_of = {j: gold[i] for i, j in align(gold, pred)}
    cards = [_card(gold_of.get(j), p, scored=True) for j, p in enumerate(pred)]
    matched = {id(g) for g in gold_of.values()}
    return cards + [_card(g, None, scored=True) for g in gold if id(g) not in matched]


_WORD = re.compile(r"\S+")


def highlight(text: str, records: Iterable[EventRecord], colors: dict[str, str]) -> tuple[str, int]:
    """displaCy span markup of `text`, one block per line, each evidence span labelled '#<event> <field>'.

    Returns the markup and the number of evidence items left out because their
    offsets no longer match the text.
    """
    spans, stale = set(), 0
    for r in records:
        for e in r.evidence or []:
            if e.end > e.start and text[e.start:e.end] == e.text:
                spans.add((e.start, e.end, f"#{r.n} {e.field}"))
            else:
                stale += 1
    # Tokens are the text's words, cut again wherever a span starts or ends.
    cuts = sorted({s for s, _, _ in spans} | {e for _, e, _ in spans})
    parsed, offset = [], 0
    for line in text.splitlines(keepends=True):
        tokens, bounds = [], []
        for m in _WORD.finditer(line):
            a, b = offset + m.start(), offset + m.end()
            inner = [c for c in cuts if a < c < b]
            for x, y in zip([a, *inner], [*inner, b]):
                tokens.append(text[x:y])
                bounds.append((x, y))
        line_spans = []
        for start, end, label in sorted(spans):
            inside = [i for i, (x, y) in enumerate(bounds) if start <= x and y <= end]
            if inside:
                line_spans.append({"start_token": inside[0], "end_token": inside[-1] + 1, "label": label})
        if tokens:
            parsed.append({"text": line, "tokens": tokens, "spans": line_spans})
        offset += len(line)
    if not parsed:
        return "", stale
    labels = {s["label"] for p in parsed for s in p["spans"]}
    options = {"colors": {label: colors.get(label.split(" ", 1)[1], colors["default"]) for label in labels}}
    return displacy.render(parsed, style="span", manual=True, jupyter=False, options=options), stale


def _read_text(doc_id: str, row: DocumentStatus | None, corpus: Iterable[Path]) -> tuple[str | None, list[str]]:
    """The document's text (as extraction read it) and notes on what went wrong finding it."""
    candidates = [Path(row.path)] if row and row.path else []
    candidates += [folder / f"{doc_id}.txt" for folder in corpus]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        tried = ", ".join(map(str, candidates)) or "no path in documents.jsonl and no --corpus"
        return None, [f"text not found ({tried})"]
    source = read_source(path)
    if isinstance(source, SourceError):
        return None, [f"text not readable: {source.reason}"]
    if row and row.sha256 and row.sha256 != source.sha256:
        return source.text, [f"{path} changed since extraction: highlights may be off"]
    return source.text, []


def build_report(
    pred: list[EventRecord], *, gold: list[EventRecord] | None = None, baseline: list[EventRecord] | None = None,
    documents: list[DocumentStatus] | None = None, corpus: Iterable[Path] = (),
    splits: dict[str, list[str]] | None = None, split: str | None = None,
) -> ReportPage:
    """The report's content: documents (every one read, else every one named), cards and scores."""
    by_doc: dict[str, list[EventRecord]] = {}
    for r in pred:
        by_doc.setdefault(r.doc_id, []).append(r)
    gold_by_doc: dict[str, list[EventRecord]] = {}
    for r in gold or []:
        gold_by_doc.setdefault(r.doc_id, []).append(r)
    rows = {d.doc_id: d for d in documents or []}
    if documents is not None:
        doc_ids = list(rows) + sorted(set(by_doc) - set(rows))
    else:
        doc_ids = sorted(set(by_doc) | set(gold_by_doc))
    split_of = {d: name for name, ids in (splits or {}).items() for d in ids}
    if split is not None:
        if not splits or split not in splits:
            raise PipelineError(Errors.E010.format(split=split, known=", ".join(splits or {}) or "none"))
        doc_ids = [d for d in doc_ids if split_of.get(d) == split]

    scopes, scores = [], {}
    if gold is not None:
        systems = {"pipeline": pred, **({"baseline": baseline} if baseline is not None else {})}
        groups = {split or "all documents": doc_ids}
        if splits and split is None:
            groups = {name: [d for d in doc_ids if split_of.get(d) == name] for name in splits}
        for name, ids in groups.items():
            scopes.append(Scope(name, len(ids), {s: evaluate(gold, records, ids) for s, records in systems.items()}))
        scores = {d.doc_id: d for d in evaluate(gold, pred, doc_ids).documents}

    colors = read_json("report/field_colors.json")
    views = []
    for doc_id in doc_ids:
        row = rows.get(doc_id)
        events = by_doc.get(doc_id, [])
        text, notes = _read_text(doc_id, row, corpus)
        markup = None
        if text is not None:
            markup, stale = highlight(text, events, colors)
            if stale:
                notes.append(f"{stale} evidence spans do not match the text and are not shown")
        cards = event_cards(gold_by_doc.get(doc_id, []) if gold is not None else None, events)
        views.append(DocumentView(doc_id, "doc-" + re.sub(r"[^\w-]", "_", doc_id), row.status if row else None,
                                  row.message if row else None, split_of.get(doc_id), markup, notes, cards,
                                  scores.get(doc_id)))
    return ReportPage(views, gold is not None, scopes)


def render_report(page: ReportPage) -> str:
    """The page as one HTML string: styles inline, no scripts, nothing fetched."""
    folder = files("pipeline.resources").joinpath("report")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(folder.joinpath(TEMPLATE).read_text(encoding="utf-8"))
    colors = read_json("report/field_colors.json")
    return template.render(page=page, fields=list(FIELDS), css=folder.joinpath(STYLESHEET).read_text(encoding="utf-8"),
                           colors={k: v for k, v in colors.items() if not k.startswith("_") and k != "default"},
                           generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


@dataclass
class ReportSummary:
    path: Path
    documents: int
    events: int


def write_report(
    pred_path: Path, out_path: Path, *, gold_path: Path | None = None, baseline_path: Path | None = None,
    documents_path: Path | None = None, corpus: Iterable[Path] = (), splits_path: Path | None = None,
    split: str | None = None,
) -> ReportSummary:
    """Read the records (and gold, baseline, documents.jsonl beside the predictions) and write the page."""
    pred = read_records(pred_path)
    if documents_path is None and (pred_path.parent / "documents.jsonl").is_file():
        documents_path = pred_path.parent / "documents.jsonl"
    splits = json.loads(splits_path.read_text(encoding="utf-8")) if splits_path else None
    page = build_report(
        pred,
        gold=read_records(gold_path) if gold_path else None,
        baseline=read_records(baseline_path) if baseline_path else None,
        documents=read_documents(documents_path) if documents_path else None,
        corpus=list(corpus), splits=splits, split=split,
    )
    page.sources = {"predictions": str(pred_path), **({"gold": str(gold_path)} if gold_path else {}),
                    **({"baseline": str(baseline_path)} if baseline_path else {})}
    with atomic_writer(out_path) as fh:
        fh.write(render_report(page))
    return ReportSummary(out_path, len(page.documents), sum(len(d.cards) for d in page.documents))
