"""brief's spaCy components, one per module, registered with `@Language.factory`.

Importing this package registers the factories `brief_actors`, `brief_statements`,
`brief_facts`, `brief_result` and `brief_paragraphs`; `brief.pipeline` adds them after the English model.
"""
from brief.components import actors, facts, paragraphs, result, statements  # noqa: F401
