"""Gala Manager: plan and run a student evening gala from one .gala file."""

__version__ = "0.1.0"
