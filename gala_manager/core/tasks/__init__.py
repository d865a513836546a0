"""Phases and tasks of the whole plan, their due dates and template, and the post-gala review."""

# No other area of core needs this one's names.
__all__: list[str] = []
