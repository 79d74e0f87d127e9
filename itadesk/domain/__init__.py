"""The ITA domain: frameworks, scores, levels, comparisons and findings. Pure Python."""
