"""Constructions of the forty-seventh session, each with sentences of our
own: variations that failed before the change and controls that must not
move."""

import pytest


def _speaker_of(extractor, text, opening):
    """(speaker name, mention text) of the quote whose words open so."""
    quote = next(q for q in extractor.extract(text) if q.text.startswith(opening))
    speaker = quote.speaker
    return (speaker.name if speaker else None,
            speaker.mention.text if speaker and speaker.mention else None)


@pytest.mark.parametrize("text, opening, name", [
    # a post capitalised as a title inside the sentence is the post, not a
    # person named so: the one the text introduced with it
    ("Президент России Владимир Путин провел совещание в Кремле. «Мы не допустим повышения цен», "
     "— сказал Президент.", "Мы не допустим", "Владимир Путин"),
    ("Генеральный секретарь Совета Европы Торбьерн Ягланд посетил Москву. «Россия остается членом "
     "организации», — сказал Генсек СЕ.", "Россия остается", "Торбьерн Ягланд"),
    ("Премьер-министр Дмитрий Медведев посетил Томск. «Бюджет будет исполнен», — заявил Премьер.",
     "Бюджет будет", "Дмитрий Медведев"),
    ("Губернатор Петербурга Александр Беглов осмотрел набережную. «Работы закончат к осени», "
     "— пообещал Губернатор.", "Работы закончат", "Александр Беглов"),
    ("Патриарх Кирилл совершил литургию в Успенском соборе. «Мы молимся о мире», — сказал Патриарх.",
     "Мы молимся", "Кирилл"),
    # (controls: a surname that is also a post, named in full elsewhere; the
    # post in lower case)
    ("Главный тренер сборной Дик Адвокат провел тренировку. «Не люблю подобные выражения», "
     "— подчеркнул Адвокат.", "Не люблю", "Дик Адвокат"),
    ("Главный тренер сборной Дик Адвокат провел тренировку. Адвокат подчеркнул: «Не люблю подобные "
     "выражения».", "Не люблю", "Дик Адвокат"),
    ("Президент России Владимир Путин провел совещание в Кремле. «Мы не допустим повышения цен», "
     "— сказал президент.", "Мы не допустим", "Владимир Путин"),
])
def test_a_post_written_as_a_title_is_the_post(extractor, text, opening, name):
    assert _speaker_of(extractor, text, opening)[0] == name
