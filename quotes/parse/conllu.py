"""CoNLL-U in and out: extraction from any UD parser's output.

Reading takes the parse as it is (Stanza, UDPipe, natasha through `quotes
parse`): the document id from `# newdoc id`, the text from `# text`, offsets
from `start_char`/`end_char` in MISC where the parser wrote them, else from
`SpaceAfter=No`; names from `ner=`/`NER=` BIO(ES) tags in MISC. Bad input (a
wrong column count, a head outside the sentence, a cycle) is a
`ConllError` naming the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

import attrs

from ..model import Doc, NamedSpan, Sentence, Token
from . import layout


class ConllError(ValueError):
    """A CoNLL-U file that cannot be read, with the line it fails at."""


@attrs.define
class _Word:
    line: int
    id: int
    form: str
    lemma: str
    upos: str
    feats: dict
    head: int
    deprel: str
    misc: dict
    start: Optional[int] = None
    end: Optional[int] = None
    space_after: bool = True
    token_form: Optional[str] = None  # the surface form of a multi-word token
    mwt_last: Optional[bool] = None  # the last word of its multi-word token


@attrs.define
class _Sentence:
    line: int
    words: list = attrs.Factory(list)
    text: Optional[str] = None
    newpar: bool = False


@attrs.define
class _Document:
    id: Optional[str]
    line: int
    sentences: list = attrs.Factory(list)


def _fields(value: str) -> dict:
    if value in ("_", ""):
        return {}
    result = {}
    for item in value.split("|"):
        key, _, val = item.partition("=")
        result[key] = val
    return result


def _parse(lines: list[str], source: str) -> list[_Document]:
    documents: list[_Document] = []
    document: Optional[_Document] = None
    sentence: Optional[_Sentence] = None
    pending_mwt: dict[int, tuple[int, str, dict]] = {}
    pending_newpar = False

    def finish_sentence() -> None:
        nonlocal sentence, document
        if sentence is None or not sentence.words:
            sentence = None
            return
        _check_tree(sentence, source)
        if document is None:
            document = _Document(None, sentence.line)
            documents.append(document)
        document.sentences.append(sentence)
        sentence = None

    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            finish_sentence()
            pending_mwt.clear()
            continue
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition("=")
            key, value = key.strip(), value.strip()
            if key.startswith("newdoc"):
                finish_sentence()
                document = _Document(value or None, number)
                documents.append(document)
            elif key.startswith("newpar"):
                pending_newpar = True
            elif key == "text":
                if sentence is None:
                    sentence = _Sentence(number, newpar=pending_newpar)
                    pending_newpar = False
                sentence.text = value
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise ConllError(f"{source}:{number}: {len(columns)} columns, CoNLL-U needs 10")
        if sentence is None:
            sentence = _Sentence(number, newpar=pending_newpar)
            pending_newpar = False
        ident = columns[0]
        if "." in ident:
            continue  # empty nodes of enhanced graphs
        misc = _fields(columns[9])
        if "-" in ident:
            try:
                first, last = (int(x) for x in ident.split("-"))
            except ValueError:
                raise ConllError(f"{source}:{number}: bad token range {ident!r}") from None
            pending_mwt[first] = (last, columns[1], misc)
            continue
        try:
            word_id = int(ident)
            head = int(columns[6]) if columns[6] != "_" else -1
        except ValueError:
            raise ConllError(f"{source}:{number}: ID and HEAD must be numbers") from None
        word = _Word(number, word_id, columns[1], columns[2] if columns[2] != "_" else columns[1].lower(),
                     columns[3] if columns[3] != "_" else "X", _fields(columns[5]), head,
                     columns[7] if columns[7] != "_" else "dep", misc)
        word.space_after = misc.get("SpaceAfter") != "No"
        mwt = next(((start, spec) for start, spec in pending_mwt.items() if start <= word_id <= spec[0]), None)
        if mwt is not None:
            start, (last, surface, mwt_misc) = mwt
            word.token_form = surface
            word.mwt_last = word_id == last
            word.space_after = mwt_misc.get("SpaceAfter") != "No" if word_id == last else False
            misc = {**mwt_misc, **misc}
        if "start_char" in misc and "end_char" in misc:
            try:
                word.start, word.end = int(misc["start_char"]), int(misc["end_char"])
            except ValueError:
                raise ConllError(f"{source}:{number}: bad start_char/end_char") from None
        word.misc = misc
        sentence.words.append(word)
    finish_sentence()
    return documents


def _check_tree(sentence: _Sentence, source: str) -> None:
    count = len(sentence.words)
    ids = [w.id for w in sentence.words]
    if ids != list(range(1, count + 1)):
        raise ConllError(f"{source}:{sentence.words[0].line}: word ids must run 1..{count}")
    for word in sentence.words:
        if word.head < 0 or word.head > count:
            raise ConllError(f"{source}:{word.line}: head {word.head} is outside the sentence (1..{count})")
        if word.head == word.id:
            raise ConllError(f"{source}:{word.line}: word {word.id} is its own head")
    for word in sentence.words:
        seen = {word.id}
        head = word.head
        while head:
            if head in seen:
                raise ConllError(f"{source}:{word.line}: a cycle through word {word.id}")
            seen.add(head)
            head = sentence.words[head - 1].head


def _layout_text(document: _Document, source: str) -> str:
    """The document text with every word at its offset."""
    if all(w.start is not None for s in document.sentences for w in s.words):
        length = max(w.end for s in document.sentences for w in s.words)
        chars = [" "] * length
        for number, sentence in enumerate(document.sentences):
            first = sentence.words[0].start
            if sentence.text is not None and first + len(sentence.text) <= length \
                    and sentence.text.startswith(sentence.words[0].token_form or sentence.words[0].form):
                chars[first:first + len(sentence.text)] = sentence.text
            else:
                for word in sentence.words:
                    chars[word.start:word.end] = (word.token_form or word.form)[: word.end - word.start]
            if sentence.newpar and number > 0:
                # the gap before a new paragraph is its line break
                k = first - 1
                while k >= 0 and chars[k] == " ":
                    chars[k] = "\n"
                    k -= 1
        return "".join(chars)
    parts = []
    offset = 0
    for number, sentence in enumerate(document.sentences):
        if number:
            parts.append("\n" if sentence.newpar else " ")
            offset += 1
        surface = []  # one entry per surface token: (form, space after, words)
        for word in sentence.words:
            if word.token_form is not None and surface and surface[-1][2][-1].token_form is not None \
                    and surface[-1][2][-1].mwt_last is False:
                surface[-1][2].append(word)
                surface[-1] = (surface[-1][0], word.space_after, surface[-1][2])
                continue
            surface.append((word.token_form or word.form, word.space_after, [word]))
        text = sentence.text
        if text is None:
            text = "".join(form + (" " if space else "") for form, space, _ in surface).rstrip()
        cursor = 0
        for form, _, words in surface:
            found = text.find(form, cursor)
            if found < 0 or text[cursor:found].strip():
                raise ConllError(f"{source}:{words[0].line}: {form!r} is not where `# text` has it")
            for word in words:
                word.start, word.end = offset + found, offset + found + len(form)
            cursor = found + len(form)
        parts.append(text)
        offset += len(text)
    return "".join(parts)


def _names(words: list[_Word]) -> list[tuple[int, int, str]]:
    """Entity spans from BIO/BIOES `ner` tags in MISC."""
    spans = []
    current = None
    for word in words:
        tag = word.misc.get("ner") or word.misc.get("NER") or "O"
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S") or (prefix == "I" and (current is None or current[2] != kind)):
            if current:
                spans.append(current)
            current = [word.start, word.end, kind]
        elif prefix in ("I", "E") and current is not None:
            current[1] = word.end
        else:
            if current:
                spans.append(current)
            current = None
        if prefix in ("S", "E") and current is not None:
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return [(s, e, {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}.get(k, k))
            for s, e, k in spans]


def _to_doc(document: _Document, source: str, backend: str) -> Doc:
    text = _layout_text(document, source)
    paragraphs = layout.paragraphs(text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    names: list[NamedSpan] = []
    for number, sentence in enumerate(document.sentences):
        first = len(tokens)
        for word in sentence.words:
            if text[word.start:word.end] != (word.token_form or word.form)[: word.end - word.start] \
                    and word.token_form is None:
                raise ConllError(f"{source}:{word.line}: {word.form!r} does not match the text at "
                                 f"{word.start}:{word.end}")
            tokens.append(Token(
                index=len(tokens), text=word.form, start=word.start, end=word.end, lemma=word.lemma,
                upos=word.upos, feats=word.feats, head=first + word.head - 1 if word.head else None,
                deprel=word.deprel, sentence=number,
            ))
        start, end = sentence.words[0].start, sentence.words[-1].end
        paragraph = next((p.index for p in paragraphs if p.start <= start < max(p.end, p.start + 1)), 0)
        sentences.append(Sentence(number, start, end, first, len(tokens), paragraph))
        names.extend(NamedSpan(s, e, k, text[s:e]) for s, e, k in _names(sentence.words) if k != "O")
    return Doc(text=text, tokens=tuple(tokens), sentences=tuple(sentences),
               paragraphs=tuple(paragraphs), names=tuple(names), backend=backend)


def read_conllu(content: str, source: str = "<conllu>", backend: str = "conllu") -> list[tuple[str, Doc]]:
    """(id, Doc) for every document of a CoNLL-U text."""
    documents = _parse(content.splitlines(), source)
    stem = Path(source).stem
    result = []
    for number, document in enumerate(documents, 1):
        ident = document.id or (stem if len(documents) == 1 else f"{stem}:{number}")
        result.append((ident, _to_doc(document, source, backend)))
    return result


@attrs.frozen
class ParsedRecord:
    """A document read from CoNLL-U, for the CLI's batch loop."""

    id: str
    doc: Doc
    source: str
    line: Optional[int] = None


def read_conllu_documents(path: str) -> Iterator:
    """CLI helper: ParsedRecord per document, or one InputError for the file."""
    from ..errors import InputError

    try:
        content = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        yield InputError(Path(path).stem, path, None, f"cannot read CoNLL-U: {error}")
        return
    try:
        documents = read_conllu(content, path)
    except ConllError as error:
        message = str(error)
        where, _, rest = message.rpartition(": ")
        line = None
        if where.startswith(path + ":"):
            try:
                line = int(where[len(path) + 1:].split(":")[0])
            except ValueError:
                line = None
        yield InputError(Path(path).stem, path, line, message.split(": ", 2)[-1] if line else message)
        return
    for ident, doc in documents:
        yield ParsedRecord(ident, doc, path)


def write_conllu(doc: Doc, ident: Optional[str] = None) -> str:
    """The Doc as CoNLL-U, with offsets and NER tags in MISC."""
    lines = []
    if ident is not None:
        lines.append(f"# newdoc id = {ident}")
    tags = ["O"] * len(doc.tokens)
    for name in doc.names:
        inside = [t.index for t in doc.tokens_in(name.start, name.end)]
        for k, index in enumerate(inside):
            tags[index] = ("B-" if k == 0 else "I-") + name.type
    previous_paragraph = None
    for sentence in doc.sentences:
        if sentence.paragraph != previous_paragraph:
            lines.append("# newpar")
            previous_paragraph = sentence.paragraph
        lines.append(f"# text = {doc.text[sentence.start:sentence.end]}")
        for token in doc.sentence_tokens(sentence):
            feats = "|".join(f"{k}={v}" for k, v in sorted(token.feats.items())) or "_"
            head = token.head - sentence.first + 1 if token.head is not None else 0
            misc = [f"start_char={token.start}", f"end_char={token.end}", f"ner={tags[token.index]}"]
            nxt = token.index + 1
            if nxt < sentence.last and doc.tokens[nxt].start == token.end:
                misc.insert(0, "SpaceAfter=No")
            lines.append("\t".join([
                str(token.index - sentence.first + 1), token.text, token.lemma or "_", token.upos or "X",
                "_", feats, str(head), token.deprel or "dep", "_", "|".join(misc),
            ]))
        lines.append("")
    return "\n".join(lines) + "\n"
