"""Turn press releases about dialogues, summits and meetings into structured event records."""

__version__ = "0.1.0"
