"""Lucky-draw documents: the winners workbook for the handout table."""
