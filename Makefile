# Set up and run Gala Manager on Linux/macOS. Windows: see README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-slow lint i18n bench dist dist-check icons install-desktop uninstall-desktop

$(BIN)/gala-manager: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test,dev]"
	touch $@

# Open the app: on FILE when given, else on the demo gala.
run: $(BIN)/gala-manager
	$(BIN)/gala-manager $(if $(FILE),"$(FILE)",--demo)

test: $(BIN)/gala-manager
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The long robustness runs (kill loops, races, load tests), deselected by `make test`.
test-slow: $(BIN)/gala-manager
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

lint: $(BIN)/gala-manager
	$(BIN)/ruff check .

i18n: $(BIN)/gala-manager
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py build

# The README's figures table (figure, baseline and ratio per row), then the areas' own.
bench: $(BIN)/gala-manager
	for script in startup editing programme; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_$$script.py; done
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_supplies.py --table
	for script in benchmarks/bench_*.py; do case $$script in \
		*/bench_startup.py|*/bench_editing.py|*/bench_programme.py) ;; \
		*) QT_QPA_PLATFORM=offscreen $(BIN)/python $$script ;; esac; done

# The one-folder app in dist/GalaManager/ (PyInstaller, packaging/GalaManager.spec).
dist: $(BIN)/gala-manager
	$(BIN)/python tools/build_dist.py

# Build the app, then run the frozen executable outside the checkout (tests/dist).
dist-check: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dist tests/dist

# Render resources/icons/gala-manager.svg to the PNGs, .ico and .icns (commit them).
icons: $(BIN)/gala-manager
	$(BIN)/python tools/render_icons.py

# Menu entry, icon and the .gala file type for this Linux user (~/.local/share).
install-desktop: $(BIN)/gala-manager
	$(BIN)/python tools/install_desktop.py

uninstall-desktop: $(BIN)/gala-manager
	$(BIN)/python tools/install_desktop.py --uninstall
