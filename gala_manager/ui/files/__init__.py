"""Files the GUI reads and writes: where dialogs start, progress, saying what was written."""
