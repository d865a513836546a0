"""PDF writers of the Awards area: score sheets, results, the host's card, certificates."""
