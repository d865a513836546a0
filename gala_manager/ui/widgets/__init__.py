"""Widgets every page shares: typed dates and times, multi-line fields, wrapping rows."""
