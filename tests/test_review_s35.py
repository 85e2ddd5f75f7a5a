"""Defects a code review of the thirty-fifth session's changes found, each
with the sentence that showed it (all failed before their fix)."""

import pytest


def brief(quotes):
    return [(q.type, q.text, q.speaker.name if q.speaker else None, [r.name for r in q.chain]) for q in quotes]


@pytest.mark.parametrize("text", [
    # a whole earlier quote, with its own author's words, is no name opening the quote
    "«Лукойл» отчитался о прибыли. «Мы довольны результатами. Спасибо всем», — сказал глава компании Вагит "
    "Алекперов. Рост продолжится», — добавил он.",
    # nor words an author's sentence quotes
    "«Газпром» сообщил о прибыли. Аналитик назвал это «успехом». Это хороший знак», — сказал он.",
])
def test_a_left_over_closing_mark_reads_back_over_no_quote(extractor, text):
    quotes = extractor.extract(text)
    assert not any(q.text.startswith(("Лукойл»", "Газпром»")) for q in quotes)


def test_inner_words_in_other_marks_stay_inside_the_quote(extractor):
    text = "Президент выступил. «Сколково» должен стать центром. Это должен быть „стреляющий“ бренд», — подчеркнул президент."
    [q] = extractor.extract(text)
    assert q.type == "direct" and q.text.startswith("Сколково» должен стать центром")


@pytest.mark.parametrize("text", [
    # as the subject of an active verb the words lead to something: no citing
    "В Москве заявление министра, который сказал, что рубль упадет, привело к панике.",
    "Прогноз аналитика Петрова, который считает, что рубль упадет, привел в Москве к панике.",
])
def test_words_that_lead_to_something_are_cited_by_nobody(extractor, text):
    [q] = extractor.extract(text)
    assert q.chain == ()


@pytest.mark.parametrize("text, layers", [
    # where an active verb's subject cites, the place is no layer of its own
    ("Газета Le Monde в своей статье приводит мнение политолога Михаила Виноградова, который считает, что "
     "премьер ослаб.", ["Le Monde"]),
    ("Депутат привел в Думе мнение экономиста Анны Ивановой, которая считает, что рубль ослабнет.", ["Депутат"]),
])
def test_the_place_is_a_layer_of_the_passive_alone(extractor, text, layers):
    [q] = extractor.extract(text)
    assert [r.name for r in q.chain] == layers


@pytest.mark.parametrize("text, content", [
    # `вроде бы`, `будто бы`, `хотя бы` are particles: the speech was made
    ("Президент вроде бы пообещал, что налоги не вырастут.", "налоги не вырастут"),
    ("Глава МИД будто бы заявил, что переговоры сорваны.", "переговоры сорваны"),
    ("Министр хотя бы признал, что реформа провалилась.", "реформа провалилась"),
])
def test_a_particle_with_by_is_no_conditional(extractor, text, content):
    [q] = extractor.extract(text)
    assert q.text == content


def test_the_infinitives_negation_opens_the_words():
    from quotes import Extractor

    [q] = Extractor(include_optional=True).extract("Министр призвал не забывать, что кризис не закончился.")
    assert q.text == "не забывать, что кризис не закончился"


@pytest.mark.parametrize("text, cue", [
    # a clause of its own after `а` past a source phrase; a negated verb; `а также`, `а тем более`
    ("Цены не вырастут, как заявил министр, а по оценкам экспертов, даже снизятся.", "как заявил"),
    ("Налоги в следующем году не повысят, как заявил министр финансов, а также акцизы на топливо.", "как заявил"),
    ("Банк не будет снижать ставку, как пообещал глава ЦБ, а тем более повышать ее.", "как пообещал"),
])
def test_a_kak_clause_outside_a_contrast_still_reports(extractor, text, cue):
    assert cue in [q.cue.text for q in extractor.extract(text)]


def test_the_possessive_past_an_adjective_names_the_speaker(extractor):
    text = ("Бывший канцлер Гельмут Коль резко отреагировал на критику. Журнал Der Spiegel приводит его "
            "собственные слова: \"Рубль упадет\".")
    [q] = extractor.extract(text)
    assert q.speaker.name == "Гельмут Коль" and [r.name for r in q.chain] == ["Der Spiegel"]
