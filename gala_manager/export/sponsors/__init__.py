"""PDF writers of the Sponsors area."""
