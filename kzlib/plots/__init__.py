"""Figures for the notebooks and the report: one module per notebook, each function returns one figure."""

from . import actors, chronology, structure, synthesis, themes

__all__ = ["actors", "chronology", "structure", "synthesis", "themes"]
