"""Contingency documents: one printed card per plan."""
