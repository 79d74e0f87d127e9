"""The printed report: Thai text set with ReportLab (fonts, shaping, line breaking, copyable text)."""
