"""Build a scale corpus of N press texts from corpus/ by recombining and re-dating the texts.

Each generated text is one corpus text, its years shifted by a few years
(header date included), sometimes followed by a paragraph of another text,
and closed by a reference line whose tokens are new to the vocabulary: a real
archive brings new strings (names, reference numbers) with every document,
which is what makes an unbounded string store grow. The same seed gives the
same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SCALE = Path(__file__).resolve().parent / "scale"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SYLLABLES = ("ka", "lo", "mir", "ten", "va", "dru", "sel", "no", "pha", "quo", "rin", "zed", "tu", "bel")


def _redate(text: str, shift: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group()) + shift), text)


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 20 and not p.lstrip().startswith("date ")]


def _reference(rng: random.Random, n: int) -> str:
    name = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
    return f"\n\nMedia contact: {name} {rng.choice(_SYLLABLES).upper()}-{n:06d}-{rng.getrandbits(32):08x}\n"


def build_scale_corpus(n_docs: int, out_dir: Path | None = None, seed: int = 13) -> Path:
    """Write n_docs texts to benchmarks/scale/<n_docs>/ (rebuilt each time) and a manifest.json."""
    out_dir = out_dir or SCALE / str(n_docs)
    sources = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    sources = [(stem, text) for stem, text in sources if text.strip()]
    if out_dir.exists():
        shutil.rmtree(out_dir)
    texts_dir = out_dir / "texts"
    texts_dir.mkdir(parents=True)
    rng = random.Random(seed)
    words = chars = 0
    for n in range(n_docs):
        stem, text = sources[n % len(sources)]
        shift = rng.randint(-3, 3)
        body = _redate(text, shift).rstrip()
        if rng.random() < 0.3:
            extra = _paragraphs(rng.choice(sources)[1])
            if extra:
                body += "\n\n" + _redate(rng.choice(extra), shift).strip()
        body += _reference(rng, n)
        (texts_dir / f"{n:06d}_{stem[:24]}.txt").write_text(body, encoding="utf-8")
        words += len(body.split())
        chars += len(body)
    manifest = {"documents": n_docs, "words": words, "chars": chars, "seed": seed, "sources": len(sources)}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n_docs", type=int)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    out = build_scale_corpus(args.n_docs, seed=args.seed)
    print(out, json.loads((out / "manifest.json").read_text()))


if __name__ == "__main__":
    main()
