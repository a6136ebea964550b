"""brief: turn a news article, statement or policy text into a structured policy brief.

`import brief` stays cheap: spaCy and Rich are imported only when a brief is made
or shown (see `brief.api`).
"""
__version__ = "0.1.0"

__all__ = ["__version__"]
