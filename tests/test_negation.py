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
