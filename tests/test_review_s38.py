"""Constructions of the thirty-eighth session, each with sentences of our
own: variations that failed before the change and controls that must not
move."""

import pytest


def spans_text(text, quote):
    return [text[s.start:s.end] for s in quote.spans]


@pytest.mark.parametrize("text, speaker, content", [
    # a participle in the post after the speaker's comma describes a word of it
    ("Самолет готов, сообщил заместитель директора МЧС, командир одного из прибывших самолетов Валерий Крузе.",
     "Валерий Крузе", ["Самолет готов"]),
    ("Переговоры сорваны, заявил бывший министр Грузии по урегулированию конфликтов, а ныне противник "
     "действующей власти Георгий Хаиндрава.", "Георгий Хаиндрава", ["Переговоры сорваны"]),
    ("Решение незаконно, считает адвокат истцов, защищающий их интересы в суде Олег Петров.",
     "Олег Петров", ["Решение незаконно"]),
    # (controls: a post with no participle; a participle with no name; a second part of P)
    ("Урожай погиб, рассказала журналистам глава пострадавшего района, депутат областной думы Анна Сомова.",
     "Анна Сомова", ["Урожай погиб"]),
    ("Самолет готов, сообщил заместитель директора МЧС, прибывший на место аварии вечером.",
     "заместитель директора МЧС", ["Самолет готов"]),
    ("Цены вырастут, сообщил министр, пострадавшие получат компенсацию.",
     "министр", ["Цены вырастут", "пострадавшие получат компенсацию"]),
])
def test_the_posts_and_name_after_a_trailing_speakers_comma_are_his(extractor, text, speaker, content):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker
    assert spans_text(text, quote) == content


@pytest.mark.parametrize("text, speaker", [
    ("Депутат Госдумы (правда, от ЛДПР) Сергей Калашников заявил, что закон не нужен.", "Сергей Калашников"),
    ("По словам главы района (а фактически – хозяина всей округи) Петра Лукина, дорогу построят.", "Петр Лукин"),
    # (controls: an aside of nouns alone, which was his before)
    ("Председатель совета директоров (с прошлого года) Олег Сидоров сообщил, что дивиденды выплатят.",
     "Олег Сидоров"),
    ("Глава комитета (бывший министр финансов) Иван Петров заявил, что бюджет примут в мае.", "Иван Петров"),
])
def test_a_bracketed_aside_between_post_and_name_is_the_posts(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, content", [
    ("Как заявил гендиректор АО «КазМунайГаз» («дочка» нацкомпании, входящей в тройку лидеров) Аскар Балжанов, "
     "обвинения беспочвенны.", ["обвинения беспочвенны"]),
    ("Как сообщил глава комитета (бывший министр финансов) Иван Петров, бюджет примут в мае.",
     ["бюджет примут в мае"]),
])
def test_a_kak_clause_runs_past_the_commas_of_its_bracketed_aside(extractor, text, content):
    [quote] = extractor.extract(text)
    assert spans_text(text, quote) == content


def test_a_narrators_link_alone_before_a_kak_clause_is_no_content(extractor):
    text = ("В общем, как говорится в известном анекдоте про ковбоя («каким ты был, таким остался»): "
            "«В природе существует круговорот».")
    assert not any(q.text in ("В общем", "таким остался»)") for q in extractor.extract(text))
    # (control: the link with the words after the clause)
    text = "В частности, как сообщил министр, цены вырастут."
    assert [q.text for q in extractor.extract(text)] == ["цены вырастут"]
