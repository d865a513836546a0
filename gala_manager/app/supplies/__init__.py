"""Supplies wording, workbook and PDF exports, and the item import."""
