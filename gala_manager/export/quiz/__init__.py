"""Prints of the prize quiz: the host's question cards."""
