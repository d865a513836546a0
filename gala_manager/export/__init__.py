"""Qt-free writers of PDF and Excel documents; labels arrive as arguments."""
