"""Constructions of the forty-eighth session, each with sentences of our
own: variations that failed before the change and controls that must not
move."""

import pytest


def _speaker_of(extractor, text, opening):
    """(speaker name, mention text) of the quote whose words open so."""
    quote = next(q for q in extractor.extract(text) if q.text.startswith(opening))
    speaker = quote.speaker
    return (speaker.name if speaker else None,
            speaker.mention.text if speaker and speaker.mention else None)


@pytest.mark.parametrize("text, opening, speaker", [
    # the ruling, the report or the letter a person spoke in is where the
    # words stand, not the speaker, nor part of the speaker's phrase
    ("Судья Летиция Кларк рассмотрела иск. Кларк в своем решении заявила, что дело должно "
     "рассматриваться в Германии.", "дело должно", ("Летиция Кларк", "Кларк")),
    ("Судья Летиция Кларк рассмотрела иск. Кларк в своем определении указала, что иск подан неверно.",
     "иск подан", ("Летиция Кларк", "Кларк")),
    ("Иванова в 33-страничном решении заявила, что дело должно рассматриваться в Германии.",
     "дело должно", ("Иванова", "Иванова")),
    ("Петрова в своем докладе отметила, что рост экономики замедлился.", "рост экономики",
     ("Петрова", "Петрова")),
    # (controls: the subject named in full, a document whose author is the subject)
    ("Министр Петров в своем докладе отметил, что рост экономики замедлился.", "рост экономики",
     ("Петров", "Министр Петров")),
    ("Журналистка Анна Уайт в своей статье написала, что реформа провалилась.", "реформа",
     ("Анна Уайт", "Журналистка Анна Уайт")),
    ("В своем решении суд указал, что иск необоснован.", "иск", ("суд", "суд")),
])
def test_the_writing_a_person_spoke_in_is_not_the_speaker(extractor, text, opening, speaker):
    assert _speaker_of(extractor, text, opening) == speaker


@pytest.mark.parametrize("text, opening", [
    # a phrase with `свой` is the subject's own: never the speaker in `в X`
    ("Кларк в своем решении заявила, что дело должно рассматриваться в Германии.", "дело должно"),
    ("В своем Telegram-канале сообщили, что сервис восстановлен.", "сервис"),
])
def test_a_place_of_ones_own_never_speaks(extractor, text, opening):
    name, mention = _speaker_of(extractor, text, opening)
    assert mention is None or "свое" not in mention
