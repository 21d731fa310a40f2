"""The project's spaCy components, one stage per module; importing this registers their factories."""

from . import dates, events, line_breaks, locations, participants, records, topics  # noqa: F401
