"""The application shell: main window, file handling, dialogs and settings."""
