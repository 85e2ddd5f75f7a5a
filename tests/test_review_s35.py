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


# a second review, of the session's later changes (cc676b1..9d7f464)

@pytest.mark.parametrize("text, content", [
    # `из которого следует, что P`: the clause alone, never the main clause around it
    ("Решение суда, из которого следует, что компания виновна, вступило в силу в пятницу.", "компания виновна"),
])
def test_what_a_relative_document_gives_is_its_clause(extractor, text, content):
    assert all(q.text == content for q in extractor.extract(text) if q.cue.text == "следует")


# (`Из вышеизложенного`, `Из формулы Эйнштейна`, `Из Москвы следует`: in tests/test_indirect.py,
# test_an_inference_or_a_place_follows_from_no_document)


@pytest.mark.parametrize("text", [
    "Из этого документа следует, что цены вырастут.",
    "Однако из расшифровок следует, что работы остановлены.",
])
def test_a_document_after_a_demonstrative_or_a_conjunction_gives_words(extractor, text):
    [q] = extractor.extract(text)
    assert q.cue.text == "следует"


@pytest.mark.parametrize("text", [
    # the contrast's other part ends at its comma: what comes after is no clause of it
    "Проблема не в деньгах, как утверждает министр, а в людях, считают эксперты.",
    "Речь идет не о кризисе, как заявил премьер, а о спаде, поэтому паниковать не стоит.",
])
def test_a_contrast_ends_at_its_comma(extractor, text):
    assert not any(q.cue.text.startswith("как ") for q in extractor.extract(text))


@pytest.mark.parametrize("text", [
    # where something happened is no speaker of a gerund
    "В Ростове задержали подозреваемого, сообщив, что он признался.",
    "В этом году в Сочи построили стадион, заявив, что он лучший в стране.",
])
def test_a_place_is_no_gerunds_speaker(extractor, text):
    assert all(q.speaker.name is None or q.speaker.kind != "organization" for q in extractor.extract(text))


def test_a_medium_in_the_object_before_a_gerund_is_no_layer(extractor):
    text = "Министр раскритиковал статью РБК о его отставке, опубликованную в понедельник утром, заявив, что она лжива."
    [q] = extractor.extract(text)
    assert q.chain == ()


@pytest.mark.parametrize("text, layers", [
    # a subjectless active verb of citing: the place it names cites
    ("В газете «Ведомости» приводят мнение политолога Михаила Виноградова, который считает, что премьер ослаб.",
     ["Ведомости"]),
])
def test_the_place_of_a_subjectless_citing_verb_is_a_layer(extractor, text, layers):
    [q] = extractor.extract(text)
    assert [r.name for r in q.chain] == layers


@pytest.mark.parametrize("text", [
    # a long quoted name inside the quote, and the speaker's own `говорил`
    "Министр выступил. «Газпром» — наш главный партнер. Компания выполняет программу «Сила Сибири и новые рынки "
    "Азии» в срок», — сказал министр.",
    "Министр выступил. «Газпром» — наш главный партнер. Как я уже говорил, этот проект «Поток» строится в срок», "
    "— сказал министр.",
])
def test_a_merged_quote_reads_back_past_long_names_and_its_own_verbs(extractor, text):
    quotes = extractor.extract(text)
    assert any(q.type == "direct" and q.text.startswith("Газпром» — наш главный партнер") for q in quotes)


def test_tochno_by_is_a_conditional(extractor):
    assert extractor.extract("Будь министр честен, он точно бы заявил, что налоги вырастут.") == []
