"""The Sponsors page and its dialogs."""
