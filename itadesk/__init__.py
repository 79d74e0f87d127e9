"""ITA Desk: ITA results, their analysis and the improvement plan of a Thai public agency."""

__version__ = "0.1.0"
