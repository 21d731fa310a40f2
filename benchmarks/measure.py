"""One benchmark measurement, run in a fresh process so its peak memory is its own.

    python -m benchmarks.measure bare|pipeline|stages|paired TEXTS_DIR [--n-process N] [--batch-size B]

`bare` runs the spaCy model alone through `nlp.pipe`; `pipeline` runs
`pipeline.extract.extract` (the path `python -m pipeline extract` takes,
records written to a temporary folder); `stages` runs the full pipeline one
component at a time per batch and times each; `paired` runs the bare model and
the pipeline in one process, taking turns on the same texts. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from spacy.util import minibatch

from pipeline.extract import extract, prepare_doc, process_sources
from pipeline.nlp import build_nlp, load_model, pipeline_config
from pipeline.records import doc_to_records
from pipeline.sources import SourceText, iter_text_files, read_source

ROOT = Path(__file__).resolve().parents[1]
_WARM_UP = 8  # corpus texts run before the clock starts: lazy set-up is not throughput


def _rss_mb() -> float:
    """Resident memory now, in MB (Linux /proc; elsewhere the peak so far)."""
    statm = Path("/proc/self/statm")
    if not statm.exists():
        return _peak_mb(resource.RUSAGE_SELF)
    return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KB


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished workers.

    CPU time moves far less than wall time when other work shares the machine.
    """
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime


def _timed(run) -> dict:
    """Wall and CPU seconds of run(), which returns a dict of figures."""
    cpu0, clock = _cpu(), time.perf_counter()
    result = run()
    seconds, cpu1 = time.perf_counter() - clock, _cpu()
    return result | {"seconds": seconds, "cpu_seconds": cpu1[0] - cpu0[0], "worker_cpu_seconds": cpu1[1] - cpu0[1]}


def _sources(texts_dir: Path) -> list[SourceText]:
    return [s for s in (read_source(p) for p in iter_text_files([texts_dir])) if isinstance(s, SourceText)]


def _warm_up(nlp, project: bool) -> None:
    sources = _sources(ROOT / "corpus")[:_WARM_UP]
    docs = (prepare_doc(nlp, s) for s in sources) if project else (s.text for s in sources)
    for _ in nlp.pipe(docs):
        pass


def measure_bare(texts_dir: Path, n_process: int, batch_size: int) -> dict:
    nlp = load_model(pipeline_config()["pipeline"]["model"])
    _warm_up(nlp, project=False)
    rss_ready = _rss_mb()
    files = list(iter_text_files([texts_dir]))

    def run() -> dict:
        texts = (s.text for s in (read_source(f) for f in files) if isinstance(s, SourceText))
        return {"documents": sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))}

    return _timed(run) | {"rss_ready_mb": rss_ready, "strings": len(nlp.vocab.strings)}


def measure_pipeline(texts_dir: Path, n_process: int, batch_size: int) -> dict:
    nlp = build_nlp()
    _warm_up(nlp, project=True)
    rss_ready = _rss_mb()
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:

        def run() -> dict:
            summary = extract([texts_dir], Path(out), nlp, batch_size=batch_size, n_process=n_process, progress=False)
            return {"documents": summary.documents, "events": summary.events, "by_status": summary.by_status}

        result = _timed(run)
    return result | {"rss_ready_mb": rss_ready, "strings": len(nlp.vocab.strings)}


def measure_stages(texts_dir: Path, n_process: int, batch_size: int) -> dict:
    """CPU seconds per component, running each over a batch in turn, as `nlp.pipe` does.

    CPU time (time.process_time), not wall time: the split stays true on a busy machine.
    """
    nlp = build_nlp()
    _warm_up(nlp, project=True)
    project = set(pipeline_config()["pipeline"]["stages"])
    spent: dict[str, float] = defaultdict(float)
    sources = _sources(texts_dir)

    def run() -> dict:
        for batch in minibatch(sources, batch_size):
            with nlp.memory_zone():
                t = time.process_time()
                out = [prepare_doc(nlp, s) for s in batch]
                spent["tokenizer"] += time.process_time() - t
                for name, proc in nlp.pipeline:
                    t = time.process_time()
                    out = list(proc.pipe(out, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in out]
                    spent[name] += time.process_time() - t
                t = time.process_time()
                for doc in out:
                    json.dumps([r.model_dump(mode="json") for r in doc_to_records(doc)])
                spent["records (validate, serialise)"] += time.process_time() - t
        return {"documents": len(sources)}

    result = _timed(run)
    model = sum(v for k, v in spent.items() if k not in project and not k.startswith("records"))
    return result | {"stage_seconds": dict(spent), "model_seconds": model, "project_seconds": sum(spent.values()) - model,
                     "project_stages": [k for k in spent if k in project]}


def measure_paired(texts_dir: Path, n_process: int, batch_size: int, chunk: int = 50) -> dict:
    """Bare model and full pipeline in one process, taking turns on the same chunks of texts.

    Both sides see the same machine at the same moment, so other load cancels out of
    their ratio. The pipeline side is `process_sources`, the function `extract` runs,
    with each record serialised as `extract` writes it.
    """
    bare, nlp = load_model(pipeline_config()["pipeline"]["model"]), build_nlp()
    _warm_up(bare, project=False)
    _warm_up(nlp, project=True)
    sources = _sources(texts_dir)
    spent = {"bare": 0.0, "pipeline": 0.0}

    def run_bare(part: list[SourceText]) -> None:
        for _ in bare.pipe((s.text for s in part), batch_size=batch_size):
            pass

    def run_pipeline(part: list[SourceText]) -> None:
        for row, records in process_sources(nlp, part, batch_size=batch_size):
            row.model_dump_json()
            for record in records:
                json.dumps(record, ensure_ascii=False)

    for n, part in enumerate(minibatch(sources, chunk)):
        turns = [("bare", run_bare), ("pipeline", run_pipeline)]
        for side, fn in turns if n % 2 == 0 else reversed(turns):
            t = time.process_time()
            fn(part)
            spent[side] += time.process_time() - t
    return {"documents": len(sources), "seconds": sum(spent.values()), "bare_cpu_seconds": spent["bare"],
            "pipeline_cpu_seconds": spent["pipeline"], "cpu_seconds": sum(spent.values()), "worker_cpu_seconds": 0.0}


MODES = {"bare": measure_bare, "pipeline": measure_pipeline, "stages": measure_stages, "paired": measure_paired}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=sorted(MODES))
    parser.add_argument("texts_dir", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    result = MODES[args.mode](args.texts_dir, args.n_process, args.batch_size)
    result.update(mode=args.mode, n_process=args.n_process, batch_size=args.batch_size,
                  peak_rss_mb=_peak_mb(resource.RUSAGE_SELF), peak_worker_rss_mb=_peak_mb(resource.RUSAGE_CHILDREN))
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
