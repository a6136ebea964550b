"""brief's spaCy components, one per module, registered with `@Language.factory`.

Importing this package registers the factories `brief_actors`, `brief_statements`,
`brief_facts` and `brief_result`; `brief.pipeline` adds them after the English model.
"""
from brief.components import actors, facts, result, statements  # noqa: F401
