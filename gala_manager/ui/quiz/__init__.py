"""The Quiz page: questions per round, prizes from the supplies, winners."""
