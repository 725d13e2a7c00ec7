"""Figures for the notebooks and the report: one module per notebook, each function returns one figure."""
from . import actors, structure

__all__ = ["actors", "structure"]
