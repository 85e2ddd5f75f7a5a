"""`quotes view`: the pieces of text, the page model, escaping, inputs.

The browser checks are in test_view_browser.py; these run anywhere."""

import html
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.cli import main
from quotes.view import gather, render_page, write_site
from quotes.view.markup import Mark, tokens
from quotes.view.page import page

ARTICLE = ("Мэр Тулы Ирина Лосева заявила, что новый мост откроют весной.\n\n"
           "«Подрядчик уложится в срок, — сказала она. — Деньги уже выделены».\n")


# --- the pieces ------------------------------------------------------------------


def _replay(text, marks):
    """Text written, and for each mark the characters its pieces cover."""
    written, stack, covered, depth = [], [], {}, 0
    for token in tokens(text, list(marks)):
        if token.op == "text":
            start = sum(len(t) for t in written)
            written.append(token.text)
            for mark in stack:
                covered.setdefault(mark, []).append((start, start + len(token.text)))
        elif token.op == "open":
            stack.append(token.mark)
        else:
            assert stack, "a close with nothing open"
            stack.pop()
    assert not stack, "marks left open"
    return "".join(written), covered


mark_strategy = st.tuples(st.integers(0, 40), st.integers(1, 15), st.sampled_from(["quote", "cue", "mention"]),
                          st.integers(0, 5))


@given(st.text(alphabet="аб «»,—\n", min_size=1, max_size=40), st.lists(mark_strategy, max_size=8))
@settings(max_examples=300)
def test_pieces_write_the_text_once_and_cover_each_mark_exactly(text, raw):
    marks = {Mark(s, min(s + n, len(text)), kind, quote=q) for s, n, kind, q in raw if s < len(text)}
    written, covered = _replay(text, marks)
    assert written == text
    for mark in marks:
        chars = sorted(c for start, end in covered.get(mark, []) for c in range(start, end))
        assert chars == list(range(mark.start, mark.end))


def test_crossing_ranges_are_closed_and_reopened():
    text = "один два три четыре"
    outer, crossing = Mark(0, 8, "quote", quote=0), Mark(5, 12, "quote", quote=1)
    ops = [(t.op, t.text or t.mark.quote, t.first) for t in tokens(text, [outer, crossing])]
    assert ops == [("open", 0, True), ("text", "один ", False), ("open", 1, True), ("text", "два", False),
                   ("close", 1, False), ("close", 0, False), ("open", 1, False), ("text", " три", False),
                   ("close", 1, False), ("text", " четыре", False)]


# --- the page --------------------------------------------------------------------


@pytest.fixture(scope="module")
def record(extractor):
    return extractor.extract_document(ARTICLE, id="loseva").to_dict()


def test_page_groups_quotes_by_speaker_and_builds_the_trail(record):
    view = page("loseva", ARTICLE, record)
    [speaker] = view.speakers
    assert speaker.name == "Ирина Лосева" and speaker.kind == "person"
    assert speaker.quotes == (0, 1)
    assert [q.trail for q in view.quotes] == [("Ирина Лосева",), ("Ирина Лосева",)]
    split = view.quotes[1]
    assert split.parts == 2 and split.type == "direct"


class _Collect(HTMLParser):
    """Elements and text of the article, as the browser's parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = None
        self.text = []
        self.pieces = []
        self.scripts = 0
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self.scripts += 1
        if attrs.get("id") == "text":
            self.depth = 0
        elif self.depth is not None:
            self.depth += 1
            if "q" in (attrs.get("class") or "").split():
                self.pieces.append((int(attrs["data-q"]), int(attrs["data-k"]), len("".join(self.text))))

    def handle_endtag(self, tag):
        if self.depth is not None:
            if self.depth == 0:
                self.depth = None
            else:
                self.depth -= 1

    def handle_data(self, data):
        if self.depth is not None:
            self.text.append(data)


def test_article_text_is_written_exactly_and_pieces_start_at_the_spans(record):
    parsed = _Collect()
    parsed.feed(render_page("loseva", ARTICLE, record))
    assert "".join(parsed.text) == ARTICLE
    starts = {(q, k): start for q, k, start in reversed(parsed.pieces)}
    for q, quote in enumerate(record["quotes"]):
        for k, (start, _) in enumerate(quote["spans"]):
            assert starts[(q, k)] == start


HOSTILE = ('Глава компании «Рога"><img src=x onerror=alert(1)>» Олег <script>window.pwned=1</script> '
           'Громов заявил, что </article><b onclick="x()">убытков не будет</b>.\n')


def _hostile_record():
    text = HOSTILE
    q_start = text.index("</article>")
    q_end = text.index(".\n")
    cue = text.index("заявил")
    name = '"><svg onload=alert(2)> Громов'
    return {
        "id": 'doc"><script>alert(3)</script>',
        "quotes": [{
            "type": "indirect", "spans": [[q_start, q_end]], "text": text[q_start:q_end],
            "cue": {"text": "заявил", "lemma": "заявить", "start": cue, "end": cue + 6},
            "speaker": {"name": name, "kind": "person", "entity": 'e1" onmouseover="alert(4)',
                        "mention": {"text": text[:cue - 1], "start": 0, "end": cue - 1}},
            "chain": [{"name": "<i>Агентство</i>' onclick='alert(5)", "kind": "media", "entity": None,
                       "cue": None}],
            "parent": None, "confidence": 0.9, "rule": "<b>rule</b>",
        }],
        "entities": [{"id": 'e1" onmouseover="alert(4)', "name": name, "kind": "person", "canonical": None,
                      "mentions": [{"text": text[:cue - 1], "start": 0, "end": cue - 1}]}],
    }


def test_nothing_from_the_input_becomes_markup(tmp_path):
    from quotes.view.load import ViewDoc

    record = _hostile_record()
    documents = [ViewDoc(record["id"], HOSTILE, record, {"url": "javascript:alert(6)", "note": "<b>x</b>"})]
    write_site(documents, tmp_path)
    for path in tmp_path.glob("*.html"):
        content = path.read_text(encoding="utf-8")
        parsed = _Collect()
        parsed.feed(content)
        assert parsed.scripts <= 1, path
        for tag, attrs in parsed.tags:
            assert tag not in ("img", "svg", "b", "i") or path.name == "index.html" and tag == "svg", (path, tag)
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert not any("javascript:" in (value or "") for value in attrs.values())
        if path.name != "index.html":
            assert "".join(parsed.text) == HOSTILE
            assert "window.pwned" not in content.split("<script>")[-1]
    assert "&gt;&lt;svg onload=alert(2)&gt; Громов" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_page_forbids_requests_and_foreign_scripts(record):
    content = render_page("loseva", ARTICLE, record)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', content).group(1)
    policy = html.unescape(policy)
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert not re.search(r'(src|href)="(https?:)?//', content)


# --- inputs and the command ---------------------------------------------------------


def test_records_are_matched_to_their_texts_by_id(tmp_path, record):
    texts = tmp_path / "news.jsonl"
    texts.write_text(json.dumps({"id": "loseva", "text": ARTICLE, "url": "https://example.org/1"},
                                ensure_ascii=False) + "\n"
                     + json.dumps({"id": "other", "text": "Никто ничего не сказал."}, ensure_ascii=False)
                     + "\n", encoding="utf-8")
    records = tmp_path / "out.jsonl"
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    documents = gather([str(records), str(texts)])
    assert [(d.id, d.record is not None, d.error) for d in documents] == [
        ("loseva", True, None), ("other", False, None)]
    assert documents[0].text == ARTICLE and documents[0].meta == {"url": "https://example.org/1"}


def test_a_record_without_its_text_or_with_another_text_is_refused(tmp_path, record):
    records = tmp_path / "out.jsonl"
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [alone] = gather([str(records)])
    assert "no text for document 'loseva'" in alone.error
    other = tmp_path / "loseva.txt"
    other.write_text("Совсем другой текст, короче первого.", encoding="utf-8")
    [wrong] = gather([str(records), str(other)])
    assert "does not fit the text" in wrong.error and str(other) in wrong.error


def test_view_command_writes_index_and_pages(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "loseva.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("Дождь шел весь день.", encoding="utf-8")
    code = main(["view", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["empty.html", "index.html", "loseva.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="loseva.html"' in index and "Ирина Лосева" in index and "<svg" in index
    assert "No quotes were found" in (tmp_path / "out" / "empty.html").read_text(encoding="utf-8")
    assert "wrote 2 pages" in capsys.readouterr().err


def test_view_single_page_and_bad_input(tmp_path, capsys):
    article = tmp_path / "loseva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["view", str(article), "-o", str(tmp_path / "one.html")]) == 0
    assert "Ирина Лосева" in (tmp_path / "one.html").read_text(encoding="utf-8")
    assert main(["view", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err
    assert "missing.txt" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
