"""The Tasks area: the plan's phases, the task board, the timeline and the review."""
