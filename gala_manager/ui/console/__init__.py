"""The show console: the window the stage manager runs the night from, and its report."""
