"""Constructions of the forty-second session, each with sentences of our own:
variations that failed before the change and controls that must not move."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    # a country adjective on a trade practised anywhere is a nationality: the
    # coach of Russia's team is the `голландский специалист`
    ("Главный тренер сборной России по футболу Дик Адвокат дал пресс-конференцию. \"Матч может стать "
     "решающим\", - цитирует голландского специалиста пресс-служба РФС.", "Дик Адвокат"),
    ("Наставник сборной Южной Кореи Гус Хиддинк провел тренировку. \"Мы готовы к матчу\", - заявил "
     "голландский тренер.", "Гус Хиддинк"),
    ("Нападающий сборной России Андрей Аршавин забил гол. Затем \"Мы заслужили победу\", - сказал "
     "российский футболист.", "Андрей Аршавин"),
    # (controls: a post's country; a nationality the text gave someone else)
    ("Премьер-министр Великобритании Тони Блэр прибыл в Иерусалим. \"Мир возможен\", - заявил "
     "израильский премьер.", "израильский премьер"),
    ("Итальянский тренер Фабио Капелло возглавил сборную России. \"Мы готовы\", - заявил голландский "
     "специалист.", "голландский специалист"),
])
def test_a_trades_country_adjective_is_a_nationality(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text", [
    # a noun of time a rule read as the source tells when, never who
    "Согласно информации, появившейся утром во вторник в некоторых израильских СМИ, армия готовит операцию.",
    "\"Мы приносим свои извинения заявителям\", - цитировало в минувшее воскресенье агентство текст сообщения.",
    "По данным на час ночи понедельника, в аэропорту идет регистрация на рейс.",
])
def test_a_time_never_speaks(extractor, text):
    quote = extractor.extract(text)[0]
    assert quote.speaker.mention is None and quote.speaker.name is None
