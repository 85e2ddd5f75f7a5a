"""Parsers behind one interface: text in, `Doc` out.

Every backend returns the same `Doc`, so the attribution rules never know
which parser ran. `get_backend` builds one by name; models load once.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import BackendError
from ..model import Doc


class Backend(Protocol):
    name: str

    def parse(self, text: str) -> Doc:
        """Segment, tag and parse `text`; offsets index `text` itself."""


__all__ = ["Backend", "BackendError", "BACKENDS", "get_backend"]

BACKENDS = ("natasha", "stanza")


def get_backend(name: str = "natasha", **options) -> Backend:
    if name == "natasha":
        from .natasha import NatashaBackend

        return NatashaBackend(**options)
    if name == "stanza":
        from .stanza import StanzaBackend

        return StanzaBackend(**options)
    raise BackendError(
        f"unknown backend {name!r}: choose one of {', '.join(BACKENDS)}"
    )
