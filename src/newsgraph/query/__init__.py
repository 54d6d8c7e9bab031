"""Rows -> views used by every front end: entity lists and profiles (roles over time)."""
