"""The application layer (QtCore only): words, translations, exports and imports for GUI and CLI."""
