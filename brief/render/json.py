"""The JSON view: the `brief/1` document exactly as `Brief.to_dict()` gives it.

JSON is the lossless view: every statement is included (no `max_items`), and
input text is kept byte-for-byte once decoded, control characters included,
because downstream tools may need the exact offsets-aligned text.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.model import Brief

__all__ = ["render"]

# `ensure_ascii=False` keeps non-ASCII text readable, but it also lets DEL,
# the C1 controls (U+0080-U+009F, which include the 8-bit CSI that some
# terminals obey) and the JS-hostile line/paragraph separators through raw.
# Writing those few as \uXXXX escapes is still plain JSON: `json.loads` gives
# back the identical string, yet `brief --format json` printed to a terminal
# can no longer drive it. In serialized JSON these characters can only occur
# inside string literals, so a text substitution on the output is safe.
_RAW_UNSAFE_RE = re.compile("[\x7f-\x9f\u2028\u2029]")


def _escape_char(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def render(brief: "Brief") -> str:
    """Return the `brief/1` JSON document for `brief`, indented, ending in a newline.

    Equivalent to `json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\\n"`
    except that DEL, C1 controls, U+2028 and U+2029 are written as `\\uXXXX`
    escapes; the decoded data is identical.
    """
    text = json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)
    return _RAW_UNSAFE_RE.sub(_escape_char, text) + "\n"
