"""The live show: the log of console actions, the state replayed from it, timing and the report."""
