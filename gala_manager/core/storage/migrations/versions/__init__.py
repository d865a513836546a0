"""Released revisions: never edit one; add a new revision instead."""
