"""Qt-free readers of workbooks that departments fill in."""
