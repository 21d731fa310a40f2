"""Build the pipeline in one place: the spaCy model, then the project's stages.

Which stages run, in what order and with which settings is read from
resources/pipeline.cfg; callers may override any setting by its dotted name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

from . import components  # noqa: F401  (registers the project's factories)
from .errors import Errors, PipelineError, install_hint
from .extensions import register_extensions
from .resources import read_json, read_jsonl
from importlib.resources import files
from spacy.symbols import ORTH



def pipeline_config(overrides: Mapping[str, Any] | None = None) -> Config:
    """The stage settings, with `overrides` ({"components.press_dates.session_gap_days": 2}) applied."""
    text = files("pipeline.resources").joinpath("pipeline.cfg").read_text(encoding="utf-8")
    return Config().from_str(text, overrides=dict(overrides or {}))


def load_model(model: str) -> Language:
    """The spaCy model, or one clear error naming the command that installs it."""
    try:
        return spacy.load(model)
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise PipelineError(Errors.E001.format(model=model, install=install_hint(model))) from None
        raise


def keep_words_whole(nlp: Language) -> None:
    """"5G", "Eng." and "was co-chaired by" as one token each, the verbs with their lemma, so that the
    lexicons and the parser see them (resources/tokenizer_exceptions.json)."""
    exceptions = read_json("tokenizer_exceptions.json")
    for word in exceptions["whole_words"] + exceptions["abbreviations"]:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    patterns = []
    for lemma, forms in exceptions["prefixed_verbs"].items():
        for form in forms:
            for spelling in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling}])
            patterns.append({"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}})
    if "attribute_ruler" in nlp.pipe_names:  # runs before the lemmatizer, which keeps a lemma already set
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)


def build_nlp(model: str | None = None, overrides: Mapping[str, Any] | None = None,
              stages: list[str] | None = None) -> Language:
    """The model named (default: the config's) followed by the project's stages."""
    register_extensions()
    config = pipeline_config(overrides)
    nlp = load_model(model or config["pipeline"]["model"])
    keep_words_whole(nlp)
    settings = config["components"]
    for stage in stages or config["pipeline"]["stages"]:
        if stage not in settings:
            raise PipelineError(Errors.E005.format(stage=stage, known=", ".join(settings)))
        stage_config = dict(settings[stage])
        factory = stage_config.pop("factory")
        # A stage may need to run inside the model, e.g. sentence starts before the parser.
        before = stage_config.pop("before", None)
        patterns = stage_config.pop("patterns", None)  # a ruler's patterns file in pipeline/resources
        placement = {"before": before} if before in nlp.pipe_names else {}
        pipe = nlp.add_pipe(factory, name=stage, config=stage_config, **placement)
        if patterns:
            # Rulers match on LOWER/ORTH or token attributes set before them: the tokenizer suffices,
            # and running the model over every pattern would be slow.
            with nlp.select_pipes(enable=[]):
                pipe.add_patterns(read_jsonl(patterns))
    return nlp
