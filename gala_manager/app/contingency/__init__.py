"""Contingency wording and the cards export, for the GUI and the command line."""
