"""Offline geoparsing pieces: the gazetteer, toponym resolution, metonymy."""
