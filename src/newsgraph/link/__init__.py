"""Across articles: the entity registry (one entity per referent, aliases, roles over time)."""
