"""Paragraph layouts: interview blocks and metadata lines."""

import pytest

INTERVIEW = """Министр экономики Иван Петров рассказал нашему изданию о планах правительства.

Корреспондент: Когда вырастут зарплаты учителей?

Иван Петров: Мы планируем повысить их уже в следующем году на десять процентов.

Корреспондент: А пенсии?

Иван Петров (министр экономики): Пенсии проиндексируют в январе, как и каждый год."""

QA = """С писательницей Анной Смирновой мы поговорили о ее новой книге.

Вопрос: О чем ваш роман?

Ответ: О том, как трудно вернуться домой после долгой войны.

Вопрос: Долго писали?

Ответ: Почти шесть лет, с перерывами на другую работу."""


def test_answers_under_the_interviewees_name_are_direct_quotes(extractor):
    quotes = extractor.extract(INTERVIEW)
    assert [(q.type, q.text, q.speaker.name) for q in quotes] == [
        ("direct", "Мы планируем повысить их уже в следующем году на десять процентов.", "Иван Петров"),
        ("direct", "Пенсии проиндексируют в январе, как и каждый год.", "Иван Петров"),
    ]
    for q in quotes:
        assert INTERVIEW[q.spans[0].start:q.spans[0].end] == q.text


def test_answers_under_otvet_belong_to_the_person_of_the_lead(extractor):
    quotes = extractor.extract(QA)
    assert [q.text for q in quotes] == ["О том, как трудно вернуться домой после долгой войны.",
                                        "Почти шесть лет, с перерывами на другую работу."]
    assert {q.speaker.name for q in quotes} == {"Анна Смирнова"}


def test_a_single_labelled_line_is_no_interview(extractor):
    text = "Кудрин: Российское финансовое агентство не будет называться госкорпорацией"
    assert [q for q in extractor.extract(text) if q.rule == "direct.interview"] == []


@pytest.mark.parametrize("footer", [
    "Источник: https://www.newsru.com/russia/08jun2020/efremov.html",
    "Подробнее: https://example.org/news/12345",
    "Фото: пресс-служба правительства области",
])
def test_metadata_lines_hold_no_quote(extractor, footer):
    text = "Губернатор сообщил, что мост откроют в мае.\n\n" + footer + "\n\nОб этом сообщил источник в мэрии."
    quotes = extractor.extract(text)
    assert quotes and all(footer not in q.text for q in quotes)
    assert all(not (q.speaker and q.speaker.mention and q.speaker.mention.text.startswith(footer[:5]))
               for q in quotes)


def test_a_text_wrapped_at_a_fixed_width_keeps_its_sentences_whole(extractor):
    # lines broken inside sentences (three or more), paragraphs set apart by
    # blank lines: a paragraph is the block, so the quote and its author meet
    text = ("Таможня отмечает спад ввоза подержанных автомобилей\nпосле вступления в силу\n"
            "новых требований к оснащению.\n\n"
            "\"Мы наблюдаем устойчивую тенденцию к спаду ввоза автомобилей\", - сообщил журналистам в\n"
            "четверг пресс-секретарь Владивостокской таможни Павел\nТулупов.\n")
    quote = next(q for q in extractor.extract(text) if q.type == "direct")
    assert quote.speaker.name == "Павел Тулупов"
    assert text[quote.speaker.mention.start:quote.speaker.mention.end] == quote.speaker.mention.text


def test_a_line_break_without_wrapping_still_ends_a_paragraph(extractor):
    from quotes.parse.layout import paragraphs

    text = "Заголовок новости\nПервый абзац.\nВторой абзац.\n\nТретий абзац."
    assert len(paragraphs(text)) == 4


def test_an_acting_officials_abbreviation_is_one_word(extractor):
    # `и.о.` cut into four tokens left `и.о` for the speaker
    text = ("\"Мы наблюдаем спад\", - сообщил журналистам в четверг и.о. первого заместителя начальника "
            "Владивостокской таможни Алексей Кузьмин.")
    assert extractor.extract(text)[0].speaker.name == "Алексей Кузьмин"
    doc = extractor.backend.parse("Об этом сообщил и. о. губернатора Иван Петров.")
    assert "и. о." in [t.text for t in doc.tokens]


@pytest.mark.parametrize("text, words", [
    # a comma after a number is a word of its own (razdel glued it, as if a
    # decimal part were to follow): the clause after it has its boundary
    ("Полиция прибыла в 23:00, 12 человек получили травмы.", ["23", ":", "00", ","]),
    ("В 2015, когда цены упали, кризис закончился.", ["2015", ","]),
    ("Счет 2:1, матч окончен.", ["2", ":", "1", ","]),
])
def test_a_comma_after_a_number_is_a_word_of_its_own(extractor, text, words):
    tokens = [t.text for t in extractor.backend.parse(text).tokens]
    at = tokens.index(words[0])
    assert tokens[at:at + len(words)] == words


def test_a_decimal_comma_stays_in_its_number(extractor):
    assert "1,5" in [t.text for t in extractor.backend.parse("Цена составила 1,5 млн рублей.").tokens]
