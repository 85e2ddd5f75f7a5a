"""Reporting chains: relays outermost first, frames, nested quotes."""


def chain(quote):
    return [relay.name for relay in quote.chain]


def by_text(quotes, fragment):
    return next(q for q in quotes if fragment in q.text)


def test_medium_spoken_to_in_the_dative(extractor):
    q = extractor.extract("Цены на хлеб не вырастут, сказал РИА Новости глава Минсельхоза Оксана Лут.")[0]
    assert q.speaker.name == "Оксана Лут" and chain(q) == ["РИА Новости"]
    assert q.chain[0].kind == "media" and q.chain[0].cue.text == "сказал"


def test_medium_in_quote_marks_in_the_dative(extractor):
    q = extractor.extract("Адвокат Иван Павлов сказал «Коммерсанту», что обжалует приговор.")[0]
    assert chain(q) == ["Коммерсант"]


def test_kak_peredaet_and_ob_etom_make_two_layers(extractor):
    text = ("Экспорт хлопка вырос на десять процентов.\n\n"
            "Как передает Trend, об этом сказал Day.Az экономист Вугар Байрамов.")
    q = extractor.extract(text)[0]
    assert q.text == "Экспорт хлопка вырос на десять процентов"
    assert q.speaker.name == "Вугар Байрамов" and chain(q) == ["Trend", "Day.Az"]


def test_so_ssylkoy_na_speaker_and_relay(extractor):
    text = "Авиакомпания сократит число рейсов, сообщает ТАСС со ссылкой на источник в отрасли."
    q = extractor.extract(text)[0]
    assert q.cue.text == "со ссылкой на" and q.speaker.kind == "unknown"
    assert chain(q) == ["ТАСС"]


def test_trailing_pishet_relays_the_words_before(extractor):
    text = "По словам министра Антона Алиханова, экспорт вырос вдвое, пишет «Коммерсант»."
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Антон Алиханов" and chain(q) == ["Коммерсант"]


def test_v_intervyu_is_a_relay(extractor):
    q = extractor.extract("Режиссер Карен Шахназаров заявил в интервью «Известиям», что снимет сериал.")[0]
    assert chain(q) == ["Известия"]


def test_frame_carries_to_the_speakers_later_quotes(extractor):
    text = ("Урожай будет рекордным, сказал ТАСС глава Минсельхоза Оксана Лут.\n\n"
            "«Экспорт зерна тоже вырастет», — добавила Лут.")
    quotes = extractor.extract(text)
    assert [chain(q) for q in quotes] == [["ТАСС"], ["ТАСС"]]


def test_other_speakers_do_not_take_the_frame(extractor):
    text = ("Урожай будет рекордным, сказал ТАСС глава Минсельхоза Оксана Лут. "
            "Фермер Андрей Донской заявил, что цены на удобрения растут.")
    quotes = extractor.extract(text)
    assert chain(by_text(quotes, "удобрения")) == []


def test_nested_quote_has_parent_and_the_enclosing_speaker_in_its_chain(extractor):
    text = ("«Президент на встрече отметил, что бюджет будет социальным», — сказал РБК "
            "депутат Олег Смолин.")
    quotes = extractor.extract(text)
    outer = by_text(quotes, "Президент на встрече")
    inner = next(q for q in quotes if q.text == "бюджет будет социальным")
    assert inner is not outer and inner.parent == quotes.index(outer)
    assert chain(outer) == ["РБК"]
    assert chain(inner) == ["РБК", "Олег Смолин"]


def test_dateline_is_not_a_relay(extractor):
    text = "МОСКВА, 3 мая. /ТАСС/. Музей откроется после ремонта в июне, сообщил его директор Павел Ким."
    q = extractor.extract(text)[0]
    assert chain(q) == [] and q.speaker.name == "Павел Ким"


def test_medium_as_only_source_is_the_speaker(extractor):
    q = extractor.extract("Банк отзовет лицензию у трех страховщиков, сообщает «Интерфакс».")[0]
    assert q.speaker.name == "Интерфакс" and chain(q) == []


def test_tsitiruet_x_y(extractor):
    text = "«Мы снизим тарифы», — цитирует «Ведомости» главу компании Андрея Рюмина."
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Андрей Рюмин" and chain(q) == ["Ведомости"]


def test_privodit_x_slova_y(extractor):
    q = extractor.extract("Переговоры продолжатся в мае, приводит «Интерфакс» слова министра Антона Силуанова.")[0]
    assert q.text == "Переговоры продолжатся в мае"
    assert q.speaker.name == "Антон Силуанов" and chain(q) == ["Интерфакс"]


def test_slova_kotorogo_privodyatsya_v_soobshchenii(extractor):
    text = ("Лидер партии Сергей Миронов, слова которого приводятся в сообщении пресс-службы, "
            "заявил: «Мы пойдем на выборы одни».")
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Сергей Миронов" and chain(q) == ["пресс-служба"]


def test_a_medium_named_twice_is_one_layer(extractor):
    from quotes.chains import _same_relay

    assert _same_relay("агентство ТАСС", "ТАСС") and _same_relay("газета «Коммерсант»", "Коммерсант")
    assert not _same_relay("РИА Новости", "ТАСС")
    text = ("Рынки ждут снижения ставки, сообщает агентство ТАСС со ссылкой на аналитика Ивана Орлова. "
            "Как передает ТАСС, аналитик добавил, что инфляция замедлится.")
    for q in extractor.extract(text):
        names = [r.name for r in q.chain]
        assert len(names) == len({n.split()[-1] for n in names})
