"""Show wording and the show report export, for the GUI and the command line."""
