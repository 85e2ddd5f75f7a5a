"""Constructions of the forty-third session, each with sentences of our own:
variations that failed before the change and controls that must not move."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    # a general head noun in a headline or lead, the head's own post with the
    # same institution named with the person next: one person
    ("Спортсмены знали, на что шли, заявил глава IAAF\n\nПрезидент IAAF Себастьян Коу заявил, что "
     "спортсмены знали, на что шли.", "Себастьян Коу"),
    ("Нужны реформы, заявил глава ФИФА\n\nПрезидент Международной федерации футбола (ФИФА) Джанни "
     "Инфантино заявил, что нужны реформы.", "Джанни Инфантино"),
    ("Банк снизит ставки, пообещал руководитель ВТБ\n\nПредседатель правления ВТБ Андрей Костин заявил, "
     "что ставки снизятся к осени.", "Андрей Костин"),
    # (controls: another institution; a post of a country against a ministry's head)
    ("Рынок упадет, предупредил глава Сбербанка\n\nПредседатель правления ВТБ Андрей Костин заявил, "
     "что рынок упадет уже осенью.", "глава Сбербанка"),
    ("Налоги вырастут, заявил глава Минфина\n\nНалоги в стране вырастут, заявил президент России "
     "Владимир Путин на форуме.", "глава Минфина"),
])
def test_a_headlines_head_is_the_head_named_next(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a former post in a headline, the person named next with it (after
    # another post joined by `и`): one person
    ("Путин усомнился в законности выхода, сообщил экс-глава Меджлиса крымских татар\n\nПрезидент "
     "усомнился в законности выхода Украины, заявил народный депутат Украины и экс-глава Меджлиса "
     "крымских татар Мустафа Джемилев после разговора.", "Мустафа Джемилев"),
    ("Налоги вырастут, считает бывший министр финансов\n\nНалоги в стране вырастут уже в следующем году, "
     "заявил экономист и бывший министр финансов Алексей Кудрин на форуме.", "Алексей Кудрин"),
    ("Реформа провалилась, признал экс-министр образования\n\nРеформа школы провалилась, признал "
     "профессор и бывший министр образования Андрей Фурсенко в интервью.", "Андрей Фурсенко"),
    # (controls: another former post; another post's former holder)
    ("Налоги вырастут, считает бывший министр финансов\n\nНалоги в стране вырастут, заявил бывший "
     "министр обороны Иван Петров на форуме.", "бывший министр финансов"),
    ("Выборы пройдут честно, пообещал экс-президент\n\nВыборы в стране пройдут честно, пообещал "
     "бывший премьер Иван Петров.", "экс-президент"),
])
def test_a_headlines_former_post_is_the_former_holder_named_next(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker
