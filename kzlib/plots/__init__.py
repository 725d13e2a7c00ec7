"""Figures for the notebooks and the report: one module per notebook, each function returns one figure."""
from . import actors, chronology, structure

__all__ = ["actors", "chronology", "structure"]
