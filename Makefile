# Two commands on a fresh machine: `make demo` and `make test`.
# Both create the project's own virtual environment (.venv) on first use.

PYTHON ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-quick venv clean

# every package pinned exactly by .ci/constraints.txt (the wheel itself asks for ranges)
CONSTRAINTS := .ci/constraints.txt

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/minutes demo

lint: $(STAMP)
	$(BIN)/ruff check model sync export tui tests bench
	$(BIN)/ruff format --check model sync export tui tests bench
	$(BIN)/mypy
	$(BIN)/mypy --strict model sync export
	$(BIN)/lint-imports

# the suite runs on PYTEST_WORKERS processes (pytest-xdist, one file per worker at a
# time, so a file's fixtures stay in one process); PYTEST_WORKERS=0 runs it serially
PYTEST_WORKERS ?= 2
PYTEST_XDIST := $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadfile)

test: lint
	$(BIN)/python -m pytest $(PYTEST_XDIST)

bench: $(STAMP)
	$(BIN)/python -m bench

# the archive-size benchmarks at 1,000 meetings only (bench/bench_scale.py), plus the store
bench-quick: $(STAMP)
	MINUTES_BENCH_QUICK=1 $(BIN)/python -m bench scale store

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
