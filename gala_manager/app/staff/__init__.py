"""Staff wording, contact list and roster exports, and the people import."""
