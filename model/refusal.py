"""A refused change: an English sentence for tests and logs, a code and values for the
interface, which words it in the user's language (``tui.i18n.live_words``).

``Refusal("{count} elected to {seats} seats", count=2, seats=1)``: ``str()`` is the
English sentence filled in ("2 elected to 1 seats"); ``code`` is the template lowercased
with its placeholders left out and non-letters as ``_`` ("elected_to_seats"), the key
``live.<code>`` in the catalogues; ``values`` fill the catalogue's sentence. A name in a
value is never read as a template, so braces in what was typed stay as they are.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{\w*\}")


def sentence_code(template: str) -> str:
    """The code of an English template: "no such item" -> "no_such_item"."""
    return re.sub(r"[^a-z]+", "_", _PLACEHOLDER.sub("", template).lower()).strip("_")


class Refusal(ValueError):
    """A change that does not make sense now; the message says why (English)."""

    def __init__(self, template: str, /, *, code: str = "", **values: object) -> None:
        super().__init__(template.format(**values) if values else template)
        self.template = template
        self.values = values
        self._code = code or sentence_code(template)

    @property
    def code(self) -> str:
        """The sentence's name in the catalogues ("live.<code>")."""
        return self._code

    def __reduce__(self) -> tuple[object, ...]:
        # so a copy or a pickle keeps the template and values, not only the sentence
        return (_rebuild, (type(self), self.template, self._code, self.values))


def _rebuild(cls: type[Refusal], template: str, code: str, values: dict[str, object]) -> Refusal:
    return cls(template, code=code, **values)
