"""Measuring the extractor against gold facts (``shared/spec/annotation.md``).

``scoring`` compares results with gold (precision, recall, F1 per fact kind, the
killed-total rate, the overall score); ``runner`` runs the extractor over the gold
documents.  ``observatory eval`` is the command that ties them together.
"""
