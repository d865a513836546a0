"""The Overview area: the gala's facts, the countdown and every check."""
