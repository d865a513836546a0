"""The prize quiz in the interface's words: wording and the host's cards."""
