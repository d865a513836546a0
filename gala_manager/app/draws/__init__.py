"""Lucky draws in the user's language: wording, the winners' workbook, the draw's account."""
