"""The Awards area of the application layer: words, results for the host, and exports."""
