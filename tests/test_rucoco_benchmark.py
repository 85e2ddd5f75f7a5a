"""Which speaker mentions the RuCoCo benchmark counts as role nouns: only
those headed by their role noun (sentences of our own)."""

import pytest

from benchmarks.speakers_rucoco import headed_by_other_noun


def _words(doc, phrase: str):
    start = doc.text.index(phrase)
    return [t for t in doc.tokens_in(start, start + len(phrase)) if t.upos != "PUNCT"]


@pytest.mark.parametrize("text, phrase, role, other", [
    ("Пресс-служба президента сообщила, что визит перенесен.", "Пресс-служба президента", "президента", True),
    ("Как сообщил совет директоров компании, сделка закрыта.", "совет директоров компании", "директоров", True),
    ("Один из экспертов заявил, что курс рубля вырастет.", "Один из экспертов", "экспертов", False),
    ("Представитель министерства заявил, что проверка продолжается.", "Представитель министерства",
     "Представитель", False),
    ("Некоторые аналитики считают, что цены снизятся.", "Некоторые аналитики", "аналитики", False),
    ("Большинство аналитиков полагают, что цены снизятся.", "Большинство аналитиков", "аналитиков", False),
    ("Ряд депутатов заявил, что закон нужно отложить.", "Ряд депутатов", "депутатов", False),
])
def test_role_mention_headed_by_another_noun(extractor, text, phrase, role, other):
    doc = extractor.backend.parse(text)
    words = _words(doc, phrase)
    head = next(t for t in words if t.text == role)
    assert headed_by_other_noun(doc, words, head) is other
