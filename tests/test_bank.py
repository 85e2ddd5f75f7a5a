"""The quote bank: clusters across documents, earliest source, trails,
speakers across documents, re-adding, and user text that is never parsed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("datasketch")

from quotes.bank import Bank, BankError, build, cluster, search, speaker, speakers, trail  # noqa: E402
from quotes.bank import people as bank_speakers  # noqa: E402
from quotes.bank.clusters import THRESHOLD  # noqa: E402
from quotes.bank.text import jaccard, normalise, shingles  # noqa: E402
from quotes.cli import main  # noqa: E402

TARIFFS = "Мы не планируем повышать тарифы на электроэнергию для населения до конца следующего года"

# written for these tests: one statement, its relay a day later, a longer
# version, a paraphrase, and a football club that shares the minister's name
NEWS = [
    {"id": "tass-0516", "outlet": "ТАСС", "date": "2024-05-16", "url": "https://tass.example/0516",
     "text": "Сорокин исключил рост тарифов\n\nМинистр энергетики Павел Сорокин в четверг ответил "
             f"на вопросы журналистов. «{TARIFFS}», — сказал Сорокин. Он добавил, что цены на "
             "бензин останутся под контролем правительства."},
    {"id": "ria-0517", "outlet": "РИА Новости", "date": "2024-05-17",
     "text": f"Тарифы для населения не вырастут\n\n«{TARIFFS}», — цитирует ТАСС министра энергетики "
             "Павла Сорокина. Эксперты считают, что это решение поддержит потребительский спрос."},
    {"id": "kom-0518", "outlet": "Коммерсантъ", "date": "18.05.2024",
     "text": f"«{TARIFFS}, и это решение окончательное», — заявил на совещании министр энергетики "
             "Павел Сорокин."},
    {"id": "ifax-0517", "outlet": "Интерфакс", "date": "2024-05-17",
     "text": "«Повышать цены на электричество для граждан до конца будущего года никто не "
             "собирается», — сказал министр энергетики П. Сорокин. Эксперты полагают, что бюджет "
             "выдержит такую нагрузку."},
    {"id": "sport-0518", "outlet": "Спорт-Экспресс", "date": "2024-05-18",
     "text": "Футбольный клуб «Сорокин» сообщил в своем заявлении, что матч перенесен на воскресенье."},
]


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def news_bank(tmp_path_factory, extractor):
    folder = tmp_path_factory.mktemp("bank")
    # the relay comes first in the input: the earliest source is decided by date
    order = [NEWS[1], NEWS[0], NEWS[2], NEWS[3], NEWS[4]]
    bank = build([_write(folder / "news.jsonl", order)], folder / "bank.sqlite", extractor=extractor)
    yield bank
    bank.close()


def _quote(bank, document_id, start):
    for quote in search(bank, "", limit=None):
        if quote["document_id"] == document_id and quote["text"].startswith(start):
            return quote
    raise AssertionError(f"no quote {start!r} in {document_id}")


def test_same_quote_two_agencies_one_cluster_earliest_first(news_bank):
    relayed = _quote(news_bank, "ria-0517", "Мы не планируем")
    steps = trail(news_bank, relayed["quote_id"])
    assert [s["document_id"] for s in steps] == ["tass-0516", "ria-0517", "kom-0518"]
    assert [s["date"] for s in steps] == ["2024-05-16", "2024-05-17", "2024-05-18"]
    assert [[r["name"] for r in s["chain"]] for s in steps] == [[], ["ТАСС"], []]
    assert {s["speaker"]["bank_name"] for s in steps} == {"Павел Сорокин"}
    summary = cluster(news_bank, relayed["quote_id"])
    assert summary["first_document_id"] == "tass-0516"
    assert summary["outlets"] == ["ТАСС", "РИА Новости", "Коммерсантъ"]
    assert summary["carriers"][1] == {"document_id": "ria-0517", "outlet": "РИА Новости",
                                      "date": "2024-05-17", "chain": ["ТАСС"]}
    assert steps[0]["url"] == "https://tass.example/0516"


def test_paraphrase_does_not_join(news_bank):
    paraphrase = _quote(news_bank, "ifax-0517", "Повышать цены")
    assert [s["document_id"] for s in trail(news_bank, paraphrase["quote_id"])] == ["ifax-0517"]
    original = _quote(news_bank, "tass-0516", "Мы не планируем")
    assert paraphrase["cluster_id"] != original["cluster_id"]
    assert jaccard(shingles(paraphrase["text"]), shingles(original["text"])) < THRESHOLD


def test_namesake_of_another_kind_stays_apart(news_bank):
    found = {(s["kind"], s["name"]): s for s in speakers(news_bank, "Сорокин")}
    assert set(found) == {("person", "Павел Сорокин"), ("organization", "Сорокин")}
    person = found[("person", "Павел Сорокин")]
    assert {"П. Сорокин", "Павел Сорокин"} <= set(person["variants"])
    assert "Сорокин" not in person["variants"] or person["kind"] == "person"
    said = speaker(news_bank, "Павла Сорокина")   # an inflected variant finds him too
    assert {q["document_id"] for q in said} == {"tass-0516", "ria-0517", "kom-0518", "ifax-0517"}
    assert all(q["speaker"]["kind"] == "person" for q in said)


def test_role_only_speakers_stay_per_document(news_bank):
    experts = [q for q in search(news_bank, "", limit=None)
               if q["speaker"] and q["speaker"]["name"].lower() == "эксперты"]
    assert len(experts) == 2
    assert len({q["speaker"]["speaker_id"] for q in experts}) == 2


def test_search_filters(news_bank):
    hits = search(news_bank, "повышать тарифы")
    assert [q["document_id"] for q in hits] == ["tass-0516", "ria-0517", "kom-0518"]
    assert [q["document_id"] for q in search(news_bank, "ПОВЫШАТЬ ТАРИФЫ", outlet="ркс новости")] == []
    assert [q["document_id"] for q in search(news_bank, "повышать тарифы", outlet="рИа НоВоСтИ")] == ["ria-0517"]
    assert [q["document_id"] for q in search(news_bank, "повышать тарифы", since="2024-05-17")] \
        == ["ria-0517", "kom-0518"]
    assert {q["document_id"] for q in search(news_bank, "", speaker="П. Сорокин", since="17.05.2024")} \
        == {"ria-0517", "kom-0518", "ifax-0517"}
    assert all({"quote_id", "document_id"} <= set(q) for q in hits)
    with pytest.raises(BankError, match="--since"):
        search(news_bank, "тарифы", since="вчера")


def test_input_order_decides_without_dates(tmp_path):
    records = [_extraction(f"d{i}", ["Это решение окончательное и пересмотру не подлежит"]) for i in (3, 1, 2)]
    bank = build([_write(tmp_path / "x.jsonl", records)], tmp_path / "b.sqlite")
    steps = trail(bank, "d1:0")
    assert [s["document_id"] for s in steps] == ["d3", "d1", "d2"]


def _extraction(ident, texts, speaker="Азер Гараев", kind="person", **fields):
    quotes = [{"type": "direct", "spans": [[0, len(t)]], "text": t, "cue": None,
               "speaker": {"name": speaker, "kind": kind, "entity": "e0", "mention": None},
               "chain": [], "parent": None, "confidence": 1.0, "rule": "test"} for t in texts]
    return {"id": ident, "quotes": quotes, "entities": [], **fields}


def test_readding_updates_never_duplicates(tmp_path):
    first = [{"id": "a", "text": "x", **_extraction("a", ["Первая версия заявления министра финансов"])},
             {"id": "b", "text": "y", **_extraction("b", ["Второе заявление министра финансов целиком"])}]
    path = tmp_path / "bank.sqlite"
    bank = build([_write(tmp_path / "1.jsonl", first)], path)
    before = bank.counts()
    build([_write(tmp_path / "1.jsonl", first)], bank)
    assert bank.counts() == before and bank.last_report.unchanged == 2
    changed = [{"id": "a", "text": "x2", "outlet": "ТАСС",
                **_extraction("a", ["Исправленная версия заявления министра", "И еще одна цитата министра финансов"])}]
    build([_write(tmp_path / "2.jsonl", changed)], bank)
    assert bank.last_report.updated == 1
    assert bank.counts()["documents"] == 2 and bank.counts()["quotes"] == 3
    texts = [q["text"] for q in search(bank, "", limit=None) if q["document_id"] == "a"]
    assert texts == ["Исправленная версия заявления министра", "И еще одна цитата министра финансов"]
    assert search(bank, "исправленная")[0]["outlet"] == "ТАСС"
    assert search(bank, "первая версия") == []
    seqs = dict(bank.db.execute("SELECT id, seq FROM documents").fetchall())
    assert seqs == {"a": 1, "b": 2}


def test_meta_dict_and_top_level_fields(tmp_path):
    records = [_extraction("m1", ["Заявление сделано в понедельник утром"],
                           meta={"outlet": "Интерфакс", "date": "2024-03-01", "url": "https://x.example/1",
                                 "rubric": "экономика"}),
               {"id": "m2", "text": "Ничего не сказано.", "outlet": "RT", "date": "2024-03-02T10:15:00+03:00",
                "author": "Иванов", "quotes": []},
               _extraction("m3", ["Еще одно заявление"], date="вчера")]
    warnings = []
    bank = build([_write(tmp_path / "m.jsonl", records)], tmp_path / "b.sqlite", warn=warnings.append)
    rows = {r["id"]: dict(r) for r in bank.db.execute("SELECT * FROM documents")}
    assert (rows["m1"]["outlet"], rows["m1"]["date"], rows["m1"]["url"]) == ("Интерфакс", "2024-03-01", "https://x.example/1")
    assert json.loads(rows["m1"]["meta"]) == {"rubric": "экономика"}
    assert (rows["m2"]["outlet"], rows["m2"]["date"]) == ("RT", "2024-03-02T10:15:00+03:00")
    assert json.loads(rows["m2"]["meta"]) == {"author": "Иванов"}
    assert rows["m3"]["date"] is None
    assert len(warnings) == 1 and "m.jsonl:3" in warnings[0] and "вчера" in warnings[0]


def test_name_variants_merge_across_documents(tmp_path):
    records = [_extraction("g1", ["Визит имеет историческое значение для двух стран"], "Азер Гараев"),
               _extraction("g2", ["Переговоры прошли в конструктивном ключе"], "А. Гараев"),
               _extraction("g3", ["Мы ждем ответного визита осенью"], "Гараев Азер"),
               _extraction("g4", ["Соглашение подпишут до конца года"], "Гараев"),
               _extraction("g5", ["Компания выполнила все обязательства"], "Гараев", "organization"),
               _extraction("g6", ["Данные пока не подтверждены"], "источник", "unknown"),
               _extraction("g7", ["Данные уже подтверждены официально"], "источник", "unknown")]
    bank = build([_write(tmp_path / "g.jsonl", records)], tmp_path / "b.sqlite")
    for variant in ("Азер Гараев", "А. Гараев", "Гараев Азер", "гараева", "Азер"):
        people = [s for s in speakers(bank, variant) if s["kind"] == "person"]
        assert len(people) == 1 and people[0]["name"] == "Азер Гараев", variant
        assert people[0]["quotes"] == 4
    assert {q["document_id"] for q in speaker(bank, "А. Гараев")} >= {"g1", "g2", "g3", "g4"}
    assert [s["kind"] for s in speakers(bank, "Гараев") if s["kind"] != "person"] == ["organization"]
    sources = bank.db.execute("SELECT COUNT(*) FROM speakers WHERE name = 'источник'").fetchone()[0]
    assert sources == 2


def test_bare_surname_of_two_people_stays_apart():
    raws = [bank_speakers.Raw("Азер Гараев", "person", "a"), bank_speakers.Raw("Ильдар Гараев", "person", "b"),
            bank_speakers.Raw("Гараев", "person", "c"), bank_speakers.Raw("И. Гараев", "person", "d")]
    records = bank_speakers.resolve(raws)
    assert records[raws[0]].key != records[raws[1]].key
    assert records[raws[3]].key == records[raws[1]].key
    assert records[raws[2]].key not in (records[raws[0]].key, records[raws[1]].key)


PUNCTUATED = [
    "Это не 'ошибка', а решение",
    'Проект назовут "Север" и точка',
    "Север AND Юг: так будет называться проект",
    "Сначала (до выборов) ничего не изменится",
    "Звездочка * стоит в сноске к договору",
    "Оператор NEAR(a b) в запросе не сработает",
]


@pytest.fixture(scope="module")
def punct_bank(tmp_path_factory):
    folder = tmp_path_factory.mktemp("punct")
    records = [_extraction(f"p{i}", [t]) for i, t in enumerate(PUNCTUATED)]
    bank = build([_write(folder / "p.jsonl", records)], folder / "b.sqlite")
    yield bank
    bank.close()


@pytest.mark.parametrize("query, expected", [
    ("'ошибка'", ["p0"]),
    ("'", ["p0"]),
    ('"Север"', ["p1", "p2"]),
    ('"', ["p1"]),
    ("AND", ["p2"]),
    ("Север AND Юг", ["p2"]),
    ("(до выборов)", ["p3"]),
    ("(", ["p3", "p5"]),
    ("*", ["p4"]),
    ("NEAR(a b)", ["p5"]),
    ('" OR 1=1 --', []),
    ("'); DROP TABLE quotes; --", []),
    ("сев*", []),
    ("Север\x00", ["p1", "p2"]),
])
def test_user_text_is_searched_for_never_parsed(punct_bank, query, expected):
    assert [q["document_id"] for q in search(punct_bank, query)] == expected
    assert [q["document_id"] for q in search(punct_bank, query, speaker=query, outlet=query)] == []
    assert punct_bank.counts()["quotes"] == len(PUNCTUATED)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_safe_query(punct_bank, query):
    results = search(punct_bank, query, speaker=query or None, outlet=query, since=None)
    assert isinstance(results, list)
    for quote in search(punct_bank, query):   # what is found holds the words (FTS5 drops diacritics)
        assert _bare(normalise(query)) in _bare(normalise(quote["text"]))


def _bare(text):
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_same_words_of_two_named_speakers_or_nested_stay_apart(tmp_path):
    formula = "Это не соответствует действительности ни в какой мере"
    nested = {"id": "n1", "quotes": [
        {"type": "direct", "spans": [[0, 80]], "text": "Он сказал мне, что переговоры продолжатся в четверг в Женеве",
         "speaker": {"name": "Олег Смирнов", "kind": "person", "entity": "e0", "mention": None}, "chain": []},
        {"type": "indirect", "spans": [[20, 80]], "text": "переговоры продолжатся в четверг в Женеве",
         "speaker": {"name": "он", "kind": "unknown", "entity": "e1", "mention": None}, "chain": [], "parent": 0}]}
    records = [_extraction("f1", [formula], "Дмитрий Песков"), _extraction("f2", [formula], "Мария Захарова"),
               _extraction("f3", [formula], "Д. Песков"), nested]
    bank = build([_write(tmp_path / "f.jsonl", records)], tmp_path / "b.sqlite")
    assert [s["document_id"] for s in trail(bank, "f1:0")] == ["f1", "f3"]
    assert [s["document_id"] for s in trail(bank, "f2:0")] == ["f2"]
    assert [s["quote_id"] for s in trail(bank, "n1:1")] == ["n1:1"]


def test_normalised_texts_match_across_typography():
    assert normalise("«Всё решено», — «ДА»") == normalise('"все решено" - да')


def test_cli_build_search_speaker_trail_export(tmp_path, capsys):
    pyarrow = pytest.importorskip("pyarrow.parquet")
    records = [_extraction("c1", ["Визит имеет историческое значение для двух стран"], "Азер Гараев",
                           outlet="Day.Az", date="2024-01-10"),
               _extraction("c2", ["Визит имеет историческое значение для двух стран!"], "А. Гараев",
                           outlet="Trend", date="2024-01-09")]
    db = str(tmp_path / "bank.sqlite")
    assert main(["bank", "build", _write(tmp_path / "c.jsonl", records), "--db", db]) == 0
    capsys.readouterr()
    assert main(["bank", "search", "историческое значение", "--db", db, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [q["document_id"] for q in found] == ["c2", "c1"]
    assert all(q["quote_id"] and q["document_id"] for q in found)
    assert main(["bank", "speaker", "Гараев Азер", "--db", db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["bank", "trail", "c1:0", "--db", db, "--json"]) == 0
    steps = json.loads(capsys.readouterr().out)
    assert [(s["document_id"], s["outlet"], s["date"]) for s in steps] == [
        ("c2", "Trend", "2024-01-09"), ("c1", "Day.Az", "2024-01-10")]
    assert main(["bank", "trail", "c1:0", "--db", db]) == 0
    assert "c2:0  2024-01-09  Trend  Азер Гараев" in capsys.readouterr().out
    assert main(["bank", "trail", "nope:7", "--db", db]) == 2
    assert "nope:7" in capsys.readouterr().err
    assert main(["bank", "search", "x", "--db", str(tmp_path / "missing.sqlite")]) == 2
    assert "no such bank" in capsys.readouterr().err
    out = tmp_path / "parquet"
    assert main(["bank", "export", "--db", db, "--parquet", str(out)]) == 0
    assert pyarrow.read_table(out / "quotes.parquet").num_rows == 2
    assert pyarrow.read_table(out / "documents.parquet").column("outlet").to_pylist() == ["Day.Az", "Trend"]


def test_cli_build_from_texts_with_batch_metadata(tmp_path, capsys, extractor):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "volkov.txt").write_text(
        "«Мы откроем новую школу в сентябре следующего года», — сказал глава района Петр Волков.\n",
        encoding="utf-8")
    db = str(tmp_path / "bank.sqlite")
    assert main(["bank", "build", str(tmp_path / "texts"), str(tmp_path / "missing.jsonl"),
                 "--db", db, "--outlet", "Вести", "--date", "01.09.2024"]) == 1
    err = capsys.readouterr().err
    assert "missing.jsonl" in err and "1 documents added" in err
    bank = Bank(db)
    assert [tuple(r) for r in bank.db.execute("SELECT id, outlet, date FROM documents")] == [
        ("volkov", "Вести", "2024-09-01")]
    assert search(bank, "новую школу")[0]["speaker"]["bank_name"] == "Петр Волков"


# distinct words: a text that repeats one word (`аа аа аа …`) has too few
# distinct shingles to be matched at all (`same_quote`, MIN_SHINGLES)
WORDS = st.lists(st.text(alphabet="абвгдеёжзиклмнопрстуфхцчшщыэюя", min_size=2, max_size=9),
                 min_size=6, max_size=25, unique=True)


@settings(max_examples=40, deadline=None)
@given(WORDS, st.integers(min_value=0, max_value=3))
def test_retyped_or_cut_copy_joins_and_unrelated_stays_apart(words, cut):
    from quotes.bank.clusters import cluster, signature

    original = " ".join(words)
    retyped = "«" + ", ".join(w.upper() if i % 3 == 0 else w.replace("ё", "е")
                              for i, w in enumerate(words)) + "!»"
    size = max(6, len(words) // 2 + 2)   # a cut the LSH stage is sure to propose
    fragment = " ".join(words[cut:cut + size]) if len(words) >= cut + size else original
    other = " ".join(w[::-1] + "ъ" for w in words)
    items = [(i, normalise(t), signature(normalise(t))) for i, t in
             enumerate([original, retyped, fragment, other])]
    assignment = cluster(items)
    assert assignment[0] == assignment[1] == assignment[2]
    assert assignment[3] != assignment[0]


def test_a_bank_made_under_other_cluster_rules_is_reclustered(tmp_path):
    records = [_extraction("r1", ["Мы вернемся к этому вопросу после выборов в сентябре"]),
               _extraction("r2", ["Мы вернемся к этому вопросу после выборов в сентябре"])]
    path = _write(tmp_path / "r.jsonl", records)
    bank = build([path], tmp_path / "b.sqlite")
    bank.db.execute("UPDATE quotes SET cluster_id = rowid")
    bank.db.execute("UPDATE bank_info SET value = 'old rules' WHERE key = 'clustering'")
    bank.db.commit()
    bank.close()
    reopened = Bank(tmp_path / "b.sqlite")
    build([path], reopened)   # nothing new, but the rules changed
    assert reopened.last_report.unchanged == 2
    assert [s["document_id"] for s in trail(reopened, "r2:0")] == ["r1", "r2"]


def test_view_links_a_quote_to_its_trail(news_bank, extractor):
    pytest.importorskip("jinja2")
    from html.parser import HTMLParser

    from quotes.view import render_page

    doc = NEWS[1]
    record = extractor.extract_document(doc["text"], id=doc["id"]).to_dict()
    position = next(i for i, q in enumerate(record["quotes"]) if q["text"].startswith("Мы не планируем"))
    html = render_page(doc["id"], doc["text"], record, bank=news_bank)

    class Card(HTMLParser):
        """The items of the `travelled` list in the quote's card."""

        def __init__(self):
            super().__init__()
            self.card = self.inside = False
            self.items: list[str] = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "div" and attrs.get("id", "").startswith("card"):
                self.card = attrs["id"] == f"card{position}"
            if self.card and tag == "li":
                self.items.append("")
                self.inside = True

        def handle_endtag(self, tag):
            if tag == "li":
                self.inside = False

        def handle_data(self, data):
            if self.card and self.inside:
                self.items[-1] += data

    card = Card()
    card.feed(html)
    # earliest first; the relayed copy says through whom; this page is marked
    assert [item.split(" · ")[2] for item in card.items] == ["tass-0516", "ria-0517", "kom-0518"]
    assert card.items[0].startswith("2024-05-16 · ТАСС")
    assert "via ТАСС" in card.items[1] and "(this page)" in card.items[1]
    # without a bank, or for a quote no other document carried, no such list
    assert "Travelled" not in render_page(doc["id"], doc["text"], record)
    other = NEWS[4]
    alone = extractor.extract_document(other["text"], id=other["id"]).to_dict()
    assert "Travelled" not in render_page(other["id"], other["text"], alone, bank=news_bank)
