"""Figures for the notebooks and the report: one module per notebook, each function returns one figure."""
from . import actors, chronology, structure, themes

__all__ = ["actors", "chronology", "structure", "themes"]
