"""The Contingency page, its cards, and the show console's words for the rules."""
