"""Programme wording, run-sheet export and act import, for the GUI and the command line."""
