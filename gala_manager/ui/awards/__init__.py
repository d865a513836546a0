"""The Awards page: categories and entries, the score grid, the results."""
