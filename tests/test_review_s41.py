"""Constructions of the forty-first session, each with sentences of our own:
variations that failed before the change and controls that must not move."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    # a former rank or trade is the person introduced with it: he left the service
    ("Фигурант кассетного скандала майор Николай Петренко рассказал о новых записях. \"Указанное "
     "обсуждалось с другими лицами\", - заявил экс-майор госохраны.", "Николай Петренко"),
    ("Полковник Сергей Лебедев дал интервью. \"Мы выполнили задачу\", - сказал отставной полковник.",
     "Сергей Лебедев"),
    ("Известный футболист Андрей Аршавин рассказал о планах. \"Я хочу стать тренером\", - заявил "
     "бывший футболист.", "Андрей Аршавин"),
    # (control: a post one person holds at a time; its former holder is someone else)
    ("Президент Украины Леонид Кучма выступил в Раде. \"Реформа провалилась\", - заявил экс-президент.",
     "экс-президент"),
])
def test_a_former_rank_is_the_person_who_held_it(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker
