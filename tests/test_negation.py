"""A negated verb of saying reports nothing (`не уточнил, когда P`): its quote
is optional, as the dev gold marks such quotes; a negated denial, agreement
or opinion still states a view (`не исключил, что P`)."""

import pytest


@pytest.mark.parametrize("text", [
    "Министр финансов не уточнил, когда начнутся выплаты.",
    "Пресс-секретарь губернатора не говорила, что визит отменен.",
    "Представитель компании ни разу не сообщил, что цены вырастут.",
    "Причины аварии пока не уточняются.",
])
def test_a_negated_verb_of_saying_makes_no_quote(extractor, text):
    assert extractor.extract(text) == []


def test_the_negated_report_stays_an_optional_one(extractor):
    from quotes import Extractor

    text = "Министр финансов не уточнил, когда начнутся выплаты."
    [q] = Extractor(include_optional=True).extract(text)
    assert q.text == "когда начнутся выплаты" and q.cue.text == "не уточнил"


@pytest.mark.parametrize("text, cue", [
    ("Министр не исключил, что выплаты начнутся в мае.", "не исключил"),
    ("Адвокат не отрицает, что его подзащитный был на месте.", "не отрицает"),
    ("Депутат не согласился, что закон нужно менять.", "не согласился"),
    ("Экономист не считает, что рубль ослабнет.", "не считает"),
])
def test_a_negated_denial_or_opinion_still_reports(extractor, text, cue):
    [q] = extractor.extract(text)
    assert q.cue.text == cue


def test_a_report_before_a_negated_one_keeps_its_bounds(extractor):
    text = "Иванов сказал, что стройка начнется в мае, но не уточнил, когда именно."
    assert [(q.text, q.cue.text) for q in extractor.extract(text)] == [("стройка начнется в мае", "сказал")]


def test_not_once_is_no_negation(extractor):
    [q] = extractor.extract("Глава района не раз говорил, что мост отремонтируют.")
    assert q.text == "мост отремонтируют"


@pytest.mark.parametrize("text", [
    # a verb with `ли` after the comma asks in an indirect question; it
    # reports nothing of the words before it
    "Он не сказал, признает ли вину.",
    "Остается открытым вопрос, согласится ли министр уйти в отставку.",
])
def test_a_verb_asking_with_li_reports_nothing_before_it(extractor, text):
    assert not any(q.rule.startswith("indirect.trailing") for q in extractor.extract(text))


# speech in the conditional mood was not made: `Если бы министр заявил, что P`
# reports no P, as a negated verb of saying does (optional, borderline)
@pytest.mark.parametrize("text", [
    "Закон приняли в среду. Если бы министр заявил, что закон плох, его бы уволили.",
    "Закон приняли в среду. Министр бы сказал, что закон плох, но его не спросили.",
    "Закон приняли в среду. Министр заявил бы, что закон плох, если бы его спросили.",
    "Закон приняли в среду. Если б депутаты сообщили, что бюджет пуст, их бы не переизбрали.",
    # the second of two verbs that share the conditional
    "Закон приняли в среду. Если бы министр позвонил в Кремль и заявил, что закон плох, его бы уволили.",
    "Закон приняли в среду. Министр позвонил бы в Кремль и заявил, что закон плох.",
])
def test_speech_in_the_conditional_mood_makes_no_quote(extractor, text):
    assert extractor.extract(text) == []


def test_speech_in_the_conditional_mood_stays_an_optional_one():
    from quotes import Extractor

    text = "Закон приняли в среду. Министр заявил бы, что закон плох, если бы его спросили."
    [q] = Extractor(include_optional=True).extract(text)
    assert q.cue.text == "заявил" and q.text.startswith("закон плох")


@pytest.mark.parametrize("text, content", [
    # the same verbs said: no `бы`, or one that belongs to the content
    ("Закон приняли в среду. Министр позвонил в Кремль и заявил, что закон плох.", "закон плох"),
    ("Миронов пошутил, что может возглавить оппозиционную партию, а почему бы и нет.",
     "может возглавить оппозиционную партию, а почему бы и нет"),
    # a coordinated verb with a subject of its own
    ("Закон приняли в среду. Министр, если бы мог, позвонил в Кремль, и депутат заявил, что закон плох.",
     "закон плох"),
])
def test_a_report_beside_a_conditional_still_reports(extractor, text, content):
    [q] = extractor.extract(text)
    assert q.text == content


def test_a_speakers_hedge_of_his_own_words_is_said():
    # `Я бы сказал, что P` inside a quote is what its speaker says
    from quotes import Extractor

    text = "«Я бы сказал, что закон плох», — заявил министр. Депутаты промолчали."
    quotes = Extractor().extract(text)
    assert [q.text for q in quotes][0] == "Я бы сказал, что закон плох"
