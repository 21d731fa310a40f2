"""Score predicted records against gold, as docs/RECORD_SPEC.md says.

Events of one document are aligned one-to-one by maximum-weight matching
(date overlap first, title similarity second). For each field, precision =
correct predicted values / all predicted values, recall = correct predicted
values / all gold values, summed over events; an unaligned prediction's values
are all wrong and an unaligned gold event's values are all missed. List fields
count each element; names compare after case, punctuation and space folding.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from .models import EventRecord

# Weights make the matching lexicographic: any date overlap beats any title similarity.
DATE_WEIGHT = 1000.0
TITLE_WEIGHT = 1.0
MIN_TITLE_SIMILARITY = 0.6


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def fold(text: str) -> str:
    """Case, punctuation and white space folded, for comparing names and titles."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _title(r: EventRecord) -> str | None:
    return re.sub(r"^the ", "", fold(r.title)) if r.title else None


def _scalar(getter: Callable[[EventRecord], object]) -> Callable[[EventRecord], list]:
    def values(r: EventRecord) -> list:
        value = getter(r)
        return [] if value is None else [value]
    return values


# Each field maps a record to the multiset of values it is scored on.
FIELDS: dict[str, Callable[[EventRecord], list]] = {
    "title": _scalar(_title),
    "event_type": _scalar(lambda r: r.event_type),
    "series": _scalar(lambda r: fold(r.series) if r.series else None),
    "edition": _scalar(lambda r: r.edition),
    "start_date": _scalar(lambda r: r.start_date),
    "end_date": _scalar(lambda r: r.end_date),
    "sessions": lambda r: [(s.start, s.end) for s in r.sessions],
    "location.city": _scalar(lambda r: fold(r.location.city) if r.location.city else None),
    "location.country": _scalar(lambda r: r.location.country),
    "location.virtual": _scalar(lambda r: r.location.virtual),
    "parties": lambda r: list(r.parties),
    "participants": lambda r: [fold(p.name) for p in r.participants],
    "participant_roles": lambda r: [(fold(p.name), p.role) for p in r.participants],
    "topics": lambda r: list(r.topics),
}


def _days(r: EventRecord) -> set[date]:
    if r.start_date is None and r.end_date is None:
        return set()
    start = r.start_date or r.end_date
    end = r.end_date or r.start_date
    return {start + timedelta(days=i) for i in range(min((end - start).days, 3660) + 1)}


def date_overlap(a: EventRecord, b: EventRecord) -> float:
    da, db = _days(a), _days(b)
    return len(da & db) / len(da | db) if da and db else 0.0


def title_similarity(a: EventRecord, b: EventRecord) -> float:
    ta, tb = _title(a), _title(b)
    return fuzz.token_set_ratio(ta, tb) / 100 if ta and tb else 0.0


def align(gold: list[EventRecord], pred: list[EventRecord]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one pairs (gold index, pred index) of one document."""
    if not gold or not pred:
        return []
    weights = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap, similarity = date_overlap(g, p), title_similarity(g, p)
            if overlap > 0 or similarity >= MIN_TITLE_SIMILARITY:
                weights[i, j] = DATE_WEIGHT * overlap + TITLE_WEIGHT * similarity + 1e-3
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(i, j) for i, j in zip(rows, cols) if weights[i, j] > 0]


@dataclass
class FieldError:
    field: str
    kind: str  # wrong | missing | extra
    gold: object
    pred: object


@dataclass
class DocumentScore:
    doc_id: str
    events: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=dict)
    errors: list[tuple[str | None, str | None, FieldError]] = field(default_factory=list)


def _compare(gold_values: list, pred_values: list) -> tuple[Counts, list, list]:
    g, p = Counter(gold_values), Counter(pred_values)
    tp = sum((g & p).values())
    missing = list((g - p).elements())
    extra = list((p - g).elements())
    return Counts(tp, len(pred_values) - tp, len(gold_values) - tp), missing, extra


def score_document(doc_id: str, gold: list[EventRecord], pred: list[EventRecord]) -> DocumentScore:
    result = DocumentScore(doc_id, fields={name: Counts() for name in FIELDS})
    pairs = align(gold, pred)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    result.events = Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    comparisons = [(gold[i], pred[j]) for i, j in pairs]
    comparisons += [(g, None) for i, g in enumerate(gold) if i not in matched_gold]
    comparisons += [(None, p) for j, p in enumerate(pred) if j not in matched_pred]
    for g, p in comparisons:
        for name, values in FIELDS.items():
            gold_values = values(g) if g else []
            pred_values = values(p) if p else []
            counts, missing, extra = _compare(gold_values, pred_values)
            result.fields[name].add(counts)
            ids = (g.event_id if g else None, p.event_id if p else None)
            if len(gold_values) <= 1 and len(pred_values) <= 1 and missing and extra:
                result.errors.append((*ids, FieldError(name, "wrong", missing[0], extra[0])))
                continue
            result.errors += [(*ids, FieldError(name, "missing", v, None)) for v in missing]
            result.errors += [(*ids, FieldError(name, "extra", None, v)) for v in extra]
    return result


@dataclass
class Report:
    documents: list[DocumentScore]

    @property
    def events(self) -> Counts:
        total = Counts()
        for d in self.documents:
            total.add(d.events)
        return total

    @property
    def fields(self) -> dict[str, Counts]:
        totals = {name: Counts() for name in FIELDS}
        for d in self.documents:
            for name, counts in d.fields.items():
                totals[name].add(counts)
        return totals

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict:
        return {
            "events": self.events.as_dict(),
            "fields": {name: c.as_dict() for name, c in self.fields.items()},
            "micro": self.micro.as_dict(),
            "documents": {
                d.doc_id: {"events": d.events.as_dict(), "errors": len(d.errors)} for d in self.documents
            },
        }


def _by_doc(records: Iterable[EventRecord]) -> dict[str, list[EventRecord]]:
    grouped: dict[str, list[EventRecord]] = {}
    for r in records:
        grouped.setdefault(r.doc_id, []).append(r)
    return grouped


def evaluate(gold: Iterable[EventRecord], pred: Iterable[EventRecord], doc_ids: Iterable[str] | None = None) -> Report:
    """Score `pred` against `gold` over `doc_ids` (default: every document either side names).

    Give `doc_ids` to score documents whose gold has no events (they have no
    gold line), and to leave out predictions for documents outside the set.
    """
    gold_by_doc, pred_by_doc = _by_doc(gold), _by_doc(pred)
    ids = list(doc_ids) if doc_ids is not None else sorted(set(gold_by_doc) | set(pred_by_doc))
    return Report([score_document(d, gold_by_doc.get(d, []), pred_by_doc.get(d, [])) for d in ids])


Splits = dict[str, list[str] | None]  # split name -> its doc ids (None: every document)


def compare(gold: list[EventRecord], systems: dict[str, list[EventRecord]], splits: Splits) -> dict[str, Report]:
    """A report per system and split, named "system" or "system:split" when there are several."""
    label = (lambda system, split: f"{system}:{split}") if len(splits) > 1 or len(systems) > 1 else (lambda system, _: system)
    return {label(system, split): evaluate(gold, pred, ids) for split, ids in splits.items() for system, pred in systems.items()}


def summary(gold: list[EventRecord], systems: dict[str, list[EventRecord]], splits: Splits) -> dict:
    """The JSON report: the first system over every split's documents (events, fields, micro,
    documents), then each system's figures per split."""
    (first, first_pred), *_ = systems.items()
    every_doc = sorted({d for ids in splits.values() if ids for d in ids}) or None
    result = evaluate(gold, first_pred, every_doc).as_dict()
    result["splits"] = {split: evaluate(gold, first_pred, ids).as_dict() for split, ids in splits.items()}
    for system, pred in list(systems.items())[1:]:
        result[system] = {split: evaluate(gold, pred, ids).as_dict() for split, ids in splits.items()}
    return result


def format_table(columns: dict[str, Report]) -> str:
    """Per-field F1 (with P/R for a single column) as a text table, one column per report."""
    names = list(columns)
    rows = [("events", {n: r.events for n, r in columns.items()})]
    rows += [(f, {n: r.fields[f] for n, r in columns.items()}) for f in FIELDS]
    rows += [("micro (fields)", {n: r.micro for n, r in columns.items()})]
    width = max(len(n) for n in names) + 2
    if len(columns) == 1:
        header = f"{'field':<20}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
        lines = [header, "-" * len(header)]
        for label, counts in rows:
            c = counts[names[0]]
            lines.append(f"{label:<20}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        return "\n".join(lines)
    header = f"{'F1':<20}" + "".join(f"{n:>{width}}" for n in names)
    lines = [header, "-" * len(header)]
    for label, counts in rows:
        lines.append(f"{label:<20}" + "".join(f"{counts[n].f1:>{width}.3f}" for n in names))
    return "\n".join(lines)


def format_errors(report: Report) -> str:
    """Each wrong, missing and extra value, per document, next to the gold value."""
    lines = []
    for d in report.documents:
        if not d.errors and not d.events.fp and not d.events.fn:
            continue
        lines.append(f"== {d.doc_id}  events tp={d.events.tp} fp={d.events.fp} fn={d.events.fn}")
        for gold_id, pred_id, e in d.errors:
            where = f"{gold_id or '-'} ~ {pred_id or '-'}"
            if e.kind == "wrong":
                lines.append(f"  {where:<50} {e.field:<18} wrong    gold={e.gold!r} pred={e.pred!r}")
            elif e.kind == "missing":
                lines.append(f"  {where:<50} {e.field:<18} missing  gold={e.gold!r}")
            else:
                lines.append(f"  {where:<50} {e.field:<18} extra    pred={e.pred!r}")
    return "\n".join(lines)
