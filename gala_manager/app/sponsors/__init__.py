"""The Sponsors area of the application layer: words and exports."""
