"""The gala as a whole: its facts, its checks, its readiness, and a new gala made from it."""
