"""Defects a code review of the thirty-sixth session's changes found, each
with the sentence that showed it."""

import pytest


def chain(quote):
    return [r.name for r in quote.chain]


@pytest.mark.parametrize("text", [
    # a document (or a snippet) that ends on `с` or `со`
    "Министр заявил, что цены вырастут, а с",
    "Министр заявил, что цены вырастут, и со",
])
def test_a_link_cut_short_at_the_end_is_no_crash(extractor, text):
    # (raised IndexError: the word after `с` was read past the last token)
    assert all(q.speaker.name == "Министр" for q in extractor.extract(text))


@pytest.mark.parametrize("text", [
    "На вопрос о судьбе «Ведомостей» министр ответил, что газету не закроют.",
    "Министр ответил на вопрос о закрытии газеты «Коммерсант»: «Это решение собственника».",
    "На вопрос о «Ведомостях» министр ответил, что газету не закроют.",
])
def test_a_question_about_a_medium_is_not_its_question(extractor, text):
    assert [chain(q) for q in extractor.extract(text)] == [[]]


@pytest.mark.parametrize("text, speaker", [
    # a verb after the dash with an adverb before it and no subject: the
    # speaker named before (no colon's verb introduced the words)
    ("Иванов задумался. «Посмотрим», - неопределенно махнул рукой.", "Иванов"),
    ("Мария Петрова помолчала. «Я не знаю», - растерянно пожала плечами.", "Мария Петрова"),
])
def test_an_unlisted_verb_after_an_adverb_still_says_the_words(extractor, text, speaker):
    [q] = extractor.extract(text)
    assert q.type == "direct" and q.speaker.name == speaker


def test_a_place_in_the_authors_comment_is_no_subject(extractor):
    [q] = extractor.extract('Он сказал: "Здрасте, я пришел" - так в Кремле не бывает.')
    assert q.cue.text == "сказал"


@pytest.mark.parametrize("text, content, speaker", [
    ("Реформа стала, как назвал ее Путин, «историческим прорывом».", "историческим прорывом", "Путин"),
    ("Как назвал происходящее глава МИД, это «театр абсурда».", "театр абсурда", "глава МИД"),
])
def test_quoted_words_after_a_naming_aside_are_a_mixed_quote(extractor, text, content, speaker):
    [q] = extractor.extract(text)
    assert q.type == "mixed" and content in q.text and q.speaker.name == speaker


def test_a_person_reporting_before_the_link_relays_after_it(extractor):
    text = ("Министр Иванов заявил, что сделка сорвется, и со ссылкой на данные Росстата сообщил, что цены "
            "вырастут.")
    quotes = sorted(extractor.extract(text), key=lambda q: q.start)
    assert [q.text for q in quotes] == ["сделка сорвется", "цены вырастут"]
    assert chain(quotes[1]) == ["Иванов"]


@pytest.mark.parametrize("line", [
    "Также сообщалось, что запись откроется в мае.",
    "Как уже отмечалось, запись откроется в мае.",
])
def test_a_statement_going_on_keeps_its_author(extractor, line):
    text = ("Минздрав опубликовал заявление о вакцинации.\n\nПрививки будут бесплатными, говорится в заявлении. "
            f"В Минздраве заявили, что вакцины хватит. {line}")
    quotes = extractor.extract(text)
    [q] = [q for q in quotes if "запись" in q.text]
    assert q.speaker.name == "Минздрав"
