"""Widgets of the meeting screen, grouped by area."""
