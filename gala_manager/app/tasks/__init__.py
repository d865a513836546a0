"""Tasks wording, task list and review exports, for the GUI and the command line."""
