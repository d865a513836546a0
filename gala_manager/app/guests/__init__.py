"""The Guests area of the application layer: words, invitation texts and exports."""
