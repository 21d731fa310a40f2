"""The record contract (docs/RECORD_SPEC.md) as pydantic models.

Gold and predicted records share these models, so one scorer and every store
read both. Validation is strict where a store would suffer: enums, ISO dates,
country codes and topic labels are checked, not coerced.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

from .resources import country_codes, topic_labels

SCHEMA_VERSION = 1

EventType = Literal[
    "dialogue", "meeting", "summit", "conference", "forum", "workshop", "visit", "signing", "other"
]
DatePrecision = Literal["day", "month", "year"]
ParticipantKind = Literal["person", "organization"]
Role = Literal["organizer", "co-chair", "chair", "delegation-leader", "speaker", "participant"]
DocumentState = Literal["ok", "no_events", "error", "duplicate", "skipped"]

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_CODES = country_codes()
_TOPIC_LABELS = topic_labels()


def _parse_iso_day(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        return date.fromisoformat(value)
    raise ValueError(f"expected an ISO date YYYY-MM-DD, got {value!r}")


def _check_country(value: Any) -> str:
    if isinstance(value, str) and value in _COUNTRY_CODES:
        return value
    raise ValueError(f"expected an ISO 3166-1 alpha-2 code or 'EU', got {value!r}")


def _check_topic(value: Any) -> str:
    if isinstance(value, str) and value in _TOPIC_LABELS:
        return value
    raise ValueError(f"unknown topic {value!r}; the taxonomy is {sorted(_TOPIC_LABELS)}")


IsoDay = Annotated[
    date,
    BeforeValidator(_parse_iso_day),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    Field(json_schema_extra={"format": "date"}),
]
CountryCode = Annotated[
    str,
    BeforeValidator(_check_country),
    Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2, or EU for the European Union"),
]
Topic = Annotated[
    str,
    BeforeValidator(_check_topic),
    Field(json_schema_extra={"enum": sorted(_TOPIC_LABELS)}),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, validate_assignment=True)


class Session(_Model):
    start: IsoDay
    end: IsoDay

    @model_validator(mode="after")
    def _ordered(self) -> Session:
        if self.end < self.start:
            raise ValueError(f"session ends ({self.end}) before it starts ({self.start})")
        return self


class Location(_Model):
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: CountryCode | None = None
    virtual: bool = False
    platform: str | None = None


class Participant(_Model):
    name: Annotated[str, Field(min_length=1)]
    kind: ParticipantKind
    role: Role = "participant"
    title: str | None = None
    affiliation: str | None = None
    country: CountryCode | None = None


class Evidence(_Model):
    """Where in the source text a value was read: `text[start:end]`."""

    field: str
    value: str | int | bool | None
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


class EventRecord(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    doc_id: Annotated[str, Field(min_length=1)]
    event_id: str
    title: str | None = None
    event_type: EventType = "other"
    series: str | None = None
    edition: Annotated[int, Field(ge=1)] | None = None
    start_date: IsoDay | None = None
    end_date: IsoDay | None = None
    date_precision: DatePrecision = "day"
    sessions: list[Session] = []
    location: Location = Location()
    parties: list[CountryCode] = []
    participants: list[Participant] = []
    topics: list[Topic] = []
    # Predictions only: where each value came from, and how sure the stage was.
    evidence: list[Evidence] | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> EventRecord:
        if not re.fullmatch(re.escape(self.doc_id) + r"#[1-9]\d*", self.event_id):
            raise ValueError(f"event_id {self.event_id!r} is not '<doc_id>#<n>' for doc {self.doc_id!r}")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(f"end_date {self.end_date} is before start_date {self.start_date}")
        if self.sessions and self.date_precision != "day":
            raise ValueError("sessions are listed only for day-precise dates")
        # Sets are compared downstream; store them in one canonical order.
        for name in ("parties", "topics"):
            values = getattr(self, name)
            canonical = sorted(set(values))
            if values != canonical:
                object.__setattr__(self, name, canonical)
        return self

    @property
    def n(self) -> int:
        return int(self.event_id.rsplit("#", 1)[1])


class DocumentStatus(_Model):
    """One line of documents.jsonl: what happened to one document read."""

    doc_id: str
    path: str | None = None
    sha256: str | None = None
    status: DocumentState
    message: str | None = None
    events: Annotated[int, Field(ge=0)] = 0
    seconds: Annotated[float, Field(ge=0)] | None = None
    published: IsoDay | None = None
    encoding: str | None = None


def json_schema(model: str = "event") -> dict[str, Any]:
    """The JSON Schema of the event record or of a documents.jsonl line."""
    models = {"event": EventRecord, "document": DocumentStatus}
    return models[model].model_json_schema(mode="serialization")
