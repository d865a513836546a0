"""Supplies documents: the workbook with live formulas and the PDF supply list."""
