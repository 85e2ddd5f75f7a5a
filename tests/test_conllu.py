"""Pre-parsed input: CoNLL-U from any UD parser, and bad CoNLL-U."""

import json

import pytest

from conftest import SHARED
from quotes.cli import main
from quotes.parse.conllu import ConllError, read_conllu, write_conllu

SENTENCE = """# newdoc id = d1
# text = «Да», — сказал он.
1	«	«	PUNCT	_	_	2	punct	_	SpaceAfter=No
2	Да	да	PART	_	_	0	root	_	SpaceAfter=No
3	»	»	PUNCT	_	_	2	punct	_	SpaceAfter=No
4	,	,	PUNCT	_	_	6	punct	_	_
5	—	—	PUNCT	_	_	6	punct	_	_
6	сказал	сказать	VERB	_	Gender=Masc|Number=Sing	2	parataxis	_	_
7	он	он	PRON	_	Case=Nom|Gender=Masc|Number=Sing	6	nsubj	_	SpaceAfter=No
8	.	.	PUNCT	_	_	2	punct	_	_

"""


def test_offsets_from_text_and_space_after():
    [(ident, doc)] = read_conllu(SENTENCE)
    assert ident == "d1" and doc.text == "«Да», — сказал он."
    assert [(t.text, doc.text[t.start:t.end]) for t in doc.tokens][5] == ("сказал", "сказал")
    assert doc.tokens[6].head == 5 and doc.tokens[1].head is None


def test_extraction_from_conllu(extractor):
    [(_, doc)] = read_conllu(SENTENCE)
    [quote] = extractor.extract_parsed(doc).quotes
    assert quote.text == "Да" and quote.cue.text == "сказал" and quote.speaker.mention.text == "он"


@pytest.mark.parametrize("broken,message", [
    (SENTENCE.replace("6\tсказал\tсказать\tVERB\t_\tGender=Masc|Number=Sing\t2\tparataxis\t_\t_",
                      "6\tсказал\tсказать\tVERB\t_\t2\tparataxis\t_\t_"), "columns"),
    (SENTENCE.replace("\t2\tparataxis", "\t12\tparataxis"), "outside the sentence"),
    (SENTENCE.replace("2\tДа\tда\tPART\t_\t_\t0\troot", "2\tДа\tда\tPART\t_\t_\t6\troot"), "cycle"),
])
def test_bad_conllu_names_the_line(broken, message):
    with pytest.raises(ConllError) as error:
        read_conllu(broken, "bad.conllu")
    assert message in str(error.value) and "bad.conllu:" in str(error.value)
    line = int(str(error.value).split(":")[1])
    assert 1 <= line <= len(broken.splitlines())


def test_bad_conllu_is_an_error_record_in_the_cli(tmp_path, capsys):
    path = tmp_path / "bad.conllu"
    path.write_text(SENTENCE.replace("\t2\tparataxis", "\t12\tparataxis"), encoding="utf-8")
    code = main(["extract", "--conllu", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    record = json.loads(out)
    assert "error" in record and f"{path}:" in err


def test_natasha_conllu_of_the_seed_gives_the_same_quotes(extractor, shared):
    text = (shared / "corpus" / "seed-dayaz-garaev.txt").read_text(encoding="utf-8")
    doc = extractor.backend.parse(text)
    [(ident, again)] = read_conllu(write_conllu(doc, "seed"))
    assert ident == "seed" and again.text == text
    assert extractor.extract_parsed(again).to_dict() == extractor.extract_parsed(doc).to_dict()


def test_cli_conllu_on_the_ud_treebanks(shared, capsys):
    for name in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu", "ru_pud-ud-test.conllu"):
        path = shared / "corpus" / "ud" / name
        assert main(["extract", "--conllu", str(path)]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert lines and all("quotes" in line for line in lines)


def test_cli_parse_then_extract_round_trip(tmp_path, capsys):
    source = tmp_path / "note.txt"
    source.write_text("Глава района Петр Волков сообщил, что школу откроют в сентябре.", encoding="utf-8")
    conllu = tmp_path / "note.conllu"
    assert main(["parse", str(source), "-o", str(conllu)]) == 0
    assert main(["extract", "--conllu", str(conllu)]) == 0
    from_conllu = json.loads(capsys.readouterr().out)
    assert main(["extract", str(source)]) == 0
    from_text = json.loads(capsys.readouterr().out)
    assert from_conllu == from_text


def test_library_takes_conllu_text_and_stanza_documents(extractor):
    from_text = extractor.extract_parsed(SENTENCE)
    assert from_text.id == "d1" and [q.text for q in from_text.quotes] == ["Да"]
    two = SENTENCE + SENTENCE.replace("d1", "d2")
    assert [r.id for r in extractor.extract_conllu(two)] == ["d1", "d2"]
    with pytest.raises(ValueError):
        extractor.extract_parsed(two)
    stanza = pytest.importorskip("stanza")
    from stanza.utils.conll import CoNLL

    [(_, doc)] = read_conllu(SENTENCE)
    document = CoNLL.conll2doc(input_str=write_conllu(doc))
    assert extractor.extract_parsed(document).to_dict()["quotes"] == from_text.to_dict()["quotes"]
