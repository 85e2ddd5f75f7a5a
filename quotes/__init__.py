"""quotes: who said what in Russian news, and through whom we know it.

>>> from quotes import extract
>>> [q.text for q in extract("«Визит важен», — сказал политолог.")]
['Визит важен']
"""

from .extractor import Extraction, Extractor, extract
from .model import Cue, Doc, Entity, Mention, Quote, Relay, Span, Speaker, Token

__all__ = [
    "Cue", "Doc", "Entity", "Extraction", "Extractor", "Mention", "Quote",
    "Relay", "Span", "Speaker", "Token", "extract",
]
__version__ = "0.1.0"
