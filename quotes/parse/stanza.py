"""Stanza as a second backend, and the adapter from `stanza.Document`.

Stanza is an optional extra (`pip install "quotes[stanza]"`). Its Russian
models are read from the standard resources directory (`STANZA_RESOURCES_DIR`,
or `~/.cache/stanza/<version>/resources`, or `resources_dir=`), never
downloaded at run time: a missing model fails at once with the directory that
was searched and the command that fetches the models.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Optional

from ..model import Doc, NamedSpan, Sentence, Token
from . import BackendError, layout

PROCESSORS = "tokenize,pos,lemma,depparse,ner"
REQUIRED = ("tokenize", "pos", "lemma", "depparse", "pretrain", "ner")
NER_TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG",
             "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "MISC": "MISC"}


def _stanza():
    try:
        import stanza
    except ImportError:
        raise BackendError(
            "the Stanza backend needs the stanza package: pip install \"quotes[stanza]\" "
            "(install torch==2.13.0 first to take the CPU build)"
        ) from None
    return stanza


def default_resources_dir() -> Path:
    _stanza()  # the default below is Stanza's own: it must be installed
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def download_command(resources_dir: Path) -> str:
    return f"python -c \"import stanza; stanza.download('ru', model_dir='{resources_dir}')\""


def missing_models(resources_dir: Path) -> list[str]:
    """What the default Russian pipeline needs and the directory lacks."""
    missing = []
    if not (resources_dir / "resources.json").is_file():
        missing.append("resources.json")
    for processor in REQUIRED:
        folder = resources_dir / "ru" / processor
        if not folder.is_dir() or not any(folder.iterdir()):
            missing.append(f"ru/{processor}/")
    return missing


class StanzaBackend:
    """`stanza.Pipeline("ru", processors="tokenize,pos,lemma,depparse,ner")`.

    `pipeline=` takes a ready pipeline (any processors that give words with
    heads); `**pipeline_options` go to `stanza.Pipeline`.
    """

    name = "stanza"

    def __init__(self, resources_dir: Optional[str] = None, pipeline=None, **pipeline_options):
        stanza = _stanza()
        if pipeline is None:
            directory = Path(resources_dir) if resources_dir else default_resources_dir()
            missing = missing_models(directory)
            if missing:
                raise BackendError(
                    f"Stanza's Russian models are not in {directory} (missing: {', '.join(missing)}). "
                    f"On a machine with internet run: {download_command(directory)} "
                    f"— or point STANZA_RESOURCES_DIR (or --stanza-dir) at a folder that has them."
                )
            try:
                pipeline = stanza.Pipeline(
                    "ru", dir=str(directory), processors=PROCESSORS, download_method=None,
                    logging_level="WARN", **pipeline_options,
                )
            except Exception as error:  # stanza raises its own types for bad resources
                raise BackendError(f"Stanza could not load its Russian models from {directory}: {error}") from error
        self.pipeline = pipeline

    def parse_pretagged(self, document, text: Optional[str] = None) -> Doc:
        """Run the pipeline on a `stanza.Document` that already has its words
        (and tags, for a `depparse_pretagged` pipeline), then adapt it."""
        return from_stanza(self.pipeline(document), text, backend=self.name)

    def parse(self, text: str) -> Doc:
        stanza = _stanza()
        clean = layout.normalise_for_parser(text)
        paragraphs = layout.paragraphs(text)
        if not paragraphs:
            return Doc(text=text, tokens=(), sentences=(), paragraphs=(), backend=self.name)
        documents = [stanza.Document([], text=clean[p.start:p.end]) for p in paragraphs]
        processed = self.pipeline(documents)
        return from_stanza_documents(processed, text, [p.start for p in paragraphs], backend=self.name)


def _feats(value: Optional[str]) -> dict:
    if not value or value == "_":
        return {}
    return dict(item.split("=", 1) for item in value.split("|") if "=" in item)


def from_stanza(document, text: Optional[str] = None, backend: str = "stanza") -> Doc:
    """The project's `Doc` from one `stanza.Document`. Without `text` the
    document's own text is used, or rebuilt from its token offsets."""
    if text is None:
        text = document.text
    if text is None:
        text = _rebuild_text(document)
    return from_stanza_documents([document], text, [0], backend=backend)


def _rebuild_text(document) -> str:
    tokens = [t for s in document.sentences for t in s.tokens]
    if not tokens:
        return ""
    if all(t.start_char is not None for t in tokens):
        chars = [" "] * max(t.end_char for t in tokens)
        for token in tokens:
            chars[token.start_char:token.end_char] = token.text[: token.end_char - token.start_char]
        return "".join(chars)
    raise BackendError("a stanza.Document without text or token offsets cannot be aligned to a text")


def from_stanza_documents(documents: Iterable, text: str, offsets: list[int], backend: str = "stanza") -> Doc:
    """One `Doc` from stanza documents, each parsed from `text[offset:]`."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    names: list[NamedSpan] = []
    paragraphs = layout.paragraphs(text)
    for document, base in zip(documents, offsets):
        for sentence in document.sentences:
            first = len(tokens)
            word_index: dict[int, int] = {}
            spans = []
            for token in sentence.tokens:
                start, end = token.start_char, token.end_char
                if start is None or end is None:
                    raise BackendError(f"Stanza token {token.text!r} has no character offsets")
                for word in token.words:
                    word_index[word.id] = len(spans)
                    spans.append((word, base + start, base + end))
            for word, start, end in spans:
                head = word.head
                tokens.append(Token(
                    index=len(tokens),
                    text=word.text,
                    start=start,
                    end=end,
                    lemma=word.lemma if word.lemma is not None else word.text.lower(),
                    upos=word.upos or "X",
                    feats=_feats(word.feats),
                    head=first + word_index[head] if head else None,
                    deprel=word.deprel or "dep",
                    sentence=len(sentences),
                ))
            if len(tokens) == first:
                continue
            start, end = tokens[first].start, tokens[-1].end
            paragraph = next((p.index for p in paragraphs if p.start <= start <= p.end), 0)
            sentences.append(Sentence(len(sentences), start, end, first, len(tokens), paragraph))
        if not getattr(document, "ents", None) and any(
                getattr(t, "ner", None) not in (None, "O") for s in document.sentences for t in s.tokens):
            document.build_ents()  # NER tags read from CoNLL-U, not yet spans
        for entity in getattr(document, "ents", []) or []:
            kind = NER_TYPES.get(entity.type, entity.type)
            s, e = base + entity.start_char, base + entity.end_char
            names.append(NamedSpan(s, e, kind, text[s:e]))
    return Doc(text=text, tokens=tuple(tokens), sentences=tuple(sentences),
               paragraphs=tuple(paragraphs), names=tuple(names), backend=backend)
