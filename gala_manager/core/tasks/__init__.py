"""Phases and tasks of the whole plan, their due dates and template, and the post-gala review."""
