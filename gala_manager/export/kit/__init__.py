"""Shared building blocks of the exporters: PDF pages, tables, fonts, Excel sheets, files."""
