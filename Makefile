# Every target installs what it needs into .venv first (a fresh machine has only Python and pip).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS := corpus
OUT    := outputs
GOLD   := gold/events.jsonl
SPLITS := gold/splits.json

.PHONY: extract baseline evaluate report test clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

extract: $(VENV)/.installed  ## records for the shipped corpus -> outputs/
	$(BIN)/python -m pipeline extract $(CORPUS) --out $(OUT)

baseline: $(VENV)/.installed  ## the simple baseline's records -> outputs/baseline/
	$(BIN)/python -m pipeline extract $(CORPUS) --out $(OUT)/baseline --baseline

evaluate: extract baseline  ## pipeline vs baseline on the dev and test splits
	$(BIN)/python -m pipeline evaluate --gold $(GOLD) --pred $(OUT)/events.jsonl \
		--baseline $(OUT)/baseline/events.jsonl --splits $(SPLITS) --json $(OUT)/evaluation.json

report: extract baseline  ## review page: text with evidence, event cards, values marked against gold -> outputs/report.html
	$(BIN)/python -m pipeline report --pred $(OUT)/events.jsonl --gold $(GOLD) --baseline $(OUT)/baseline/events.jsonl \
		--splits $(SPLITS) --corpus $(CORPUS) --out $(OUT)/report.html

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

BENCH_SIZES ?= 100,1000
bench: $(VENV)/.installed  ## pipeline vs bare model, scale and memory -> benchmarks/results.json (BENCH_SIZES=1000,10000 for the full run)
	$(BIN)/python -m benchmarks.bench --sizes $(BENCH_SIZES)

clean:
	rm -rf $(OUT)/* .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
