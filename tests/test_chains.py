"""Reporting chains: relays outermost first, frames, nested quotes."""

import pytest


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


@pytest.mark.parametrize("text, medium", [
    # a name in quote marks in the dative, spoken to, is a medium the lexicon
    # need not know
    ("Рынок упадет, заявил «Труду» политолог Иван Козлов.", "Труд"),
    ("«Цены вырастут», — сказал «Вечерке» экономист Олег Лис.", "Вечерка"),
    # a dative medium after the speaker's whole phrase
    ("«Мы будем обжаловать приговор», — сообщил его адвокат Антон Дрель «Интерфаксу».", "Интерфакс"),
    ("«Цены вырастут», — сказала главный экономист банка Ольга Лис агентству «Прайм».", "Прайм"),
])
def test_a_medium_spoken_to_however_placed(extractor, text, medium):
    assert chain(extractor.extract(text)[0]) == [medium]


def test_a_press_conference_at_a_mediums_office_is_no_layer(extractor):
    q = extractor.extract("«Экипаж найден», — заявил во вторник на пресс-конференции в медиа-центре газеты "
                          "«Известия» генерал Олег Лис.")[0]
    assert chain(q) == []


@pytest.mark.parametrize("medium", ['агентству РИА "Новости"', "агентству РИА «Новости»", 'РИА "Новости"'])
def test_an_abbreviation_before_the_quoted_part_is_part_of_the_name(extractor, medium):
    q = extractor.extract(f"Константин Сурков пояснил в этой связи {medium}, что Мособлдума вправе принимать "
                          f"такие решения.")[0]
    assert chain(q) == ["РИА Новости"]


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


@pytest.mark.parametrize("text, speaker, relay", [
    ("По данным сайта Iraq News со ссылкой на очевидцев, в городе слышны взрывы.", "очевидцы", "Iraq News"),
    ("По информации агентства Reuters со ссылкой на источники в правительстве, министр уйдет в отставку.",
     "источники в правительстве", "Reuters"),
    ("По данным «Интерфакса» со ссылкой на пресс-службу МВД, задержаны трое.", "пресс-служба МВД", "Интерфакс"),
])
def test_a_source_phrase_with_so_ssylkoy_na_gives_the_speaker_and_its_relay(extractor, text, speaker, relay):
    q = extractor.extract(text)[0]
    assert (q.cue.text, q.speaker.name, chain(q)) == ("со ссылкой на", speaker, [relay])


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


# --- constructions added for unseen news (December) ---------------------------


@pytest.mark.parametrize("text, medium", [
    ("«Огонь локализован», — рассказал источник РИА \"Новости\" в экстренных службах края.", "РИА Новости"),
    ("«Сделка сорвалась», — сообщил источник агентства Bloomberg в банке.", "Bloomberg"),
    ("По словам источника «Интерфакса», переговоры продолжатся в среду.", "Интерфакс"),
])
def test_source_of_a_medium_is_the_source_and_the_medium_relays(extractor, text, medium):
    q = extractor.extract(text)[0]
    assert medium in chain(q)[0] or chain(q) == [medium]
    assert q.speaker.name is not None and q.speaker.name.lower().startswith("источник")
    assert medium.split()[0] not in q.speaker.name


def test_interlocutor_of_a_medium_gives_the_medium_as_a_layer(extractor):
    # `собеседник агентства` may be the person the agency interviewed: the
    # mention stays whole, the medium is still a layer
    q = extractor.extract("По словам собеседника «Интерфакса», переговоры продолжатся в среду.")[0]
    assert chain(q) == ["Интерфакс"]


def test_telegraf_is_not_the_telegraph(extractor):
    q = extractor.extract("«Кризис худший за двадцать лет», — сказал экономист Янис Озолс газете Telegraf.")[0]
    assert len(chain(q)) == 1 and chain(q)[0].endswith("Telegraf")


def test_generic_newspaper_keeps_the_last_medium_of_unknown_type(extractor):
    text = ("Цены упали на треть, пишет El Pais. Цены упадут еще, напоминает El Mundo. "
            "Газета разъясняет: «Зарплаты снижаются, и цены пойдут вниз».")
    q = by_text(extractor.extract(text), "Зарплаты снижаются")
    assert q.speaker.name == "El Mundo"


@pytest.mark.parametrize("text, words, medium", [
    # a medium that relayed a source was heard: `издание` is it, not the one that spoke before
    ("Как сообщает сайт «Вечерний Омск», мост через Иртыш закроют в мае. В четверг газета «Омский вестник» со "
     "ссылкой на источники в мэрии сообщила, что ремонт продлится год. По данным издания, подрядчик уже выбран.",
     "подрядчик уже выбран", "Омский вестник"),
    # a magazine for `журнал`, not the newspaper heard since
    ("Журнал «Итоги» со ссылкой на собеседника в правительстве пишет, что министра отправят в отставку. Как "
     "утверждал «Коммерсант», кандидатура преемника согласована. «Отставка состоится в понедельник», — уточнил "
     "журнал.", "Отставка состоится", "Итоги"),
    ("Как пишет Forbes, состояние бизнесмена выросло. Газета «Ведомости» сообщает, что сделка закрыта. По данным "
     "журнала, бизнесмен купил яхту.", "бизнесмен купил яхту", "Forbes"),
    # one newspaper is none of the newspapers named as a group
    ("Западные газеты сегодня пишут об инциденте над океаном. По информации The Washington Times, истребитель "
     "сблизился с самолетом. По данным источников газеты, пилот навел на него прицел.", "пилот навел",
     "The Washington Times"),
    # a name the tagger made an organisation, said to be a portal by the relay's own words
    ("Сайт Генпрокуратуры опубликовал заявление. 22 ноября портал \"Центр-1\" со ссылкой на источник сообщил, "
     "что она скончалась. Как утверждало издание, ее похоронили ночью.", "похоронили", "Центр-1"),
])
def test_a_generic_medium_is_the_outlet_heard_last_of_its_kind(extractor, text, words, medium):
    q = by_text(extractor.extract(text), words)
    assert medium in [q.speaker.name] + chain(q)


def test_generic_agency_of_a_source_points_to_the_last_agency(extractor):
    text = ("Об отставке первым написал портал Colta.ru. Директор театра Ольга Малова подтвердила "
            "ТАСС, что уходит. «Решение окончательное», — добавила собеседница агентства.")
    q = by_text(extractor.extract(text), "Решение окончательное")
    assert chain(q) == ["ТАСС"]


@pytest.mark.parametrize("text", [
    "По словам главы ЦИК Ивана Сомова, которого цитирует ИТАР-ТАСС, итоги объявят в понедельник.",
    "«Итоги объявят в понедельник», — говорится в заявлении ЦИК, которое цитирует ИТАР-ТАСС.",
    "«Итоги объявят в понедельник», — заверил чиновник, слова которого приводит ИТАР-ТАСС.",
])
def test_a_medium_quoting_in_a_relative_clause_relays(extractor, text):
    q = extractor.extract(text)[0]
    assert q.text == "итоги объявят в понедельник" or q.text == "Итоги объявят в понедельник"
    assert chain(q) == ["ИТАР-ТАСС"]


@pytest.mark.parametrize("text, content, relays", [
    # the medium's name in quote marks does not end the relative clause before its comma
    ("По словам министра Олега Сидорова, которого цитирует «Интерфакс», цены снизятся.", "цены снизятся",
     ["Интерфакс"]),
    ("По данным Центробанка, которые приводят «Известия», в обращении находится мелочь на шесть миллиардов.",
     "в обращении находится мелочь на шесть миллиардов", ["Известия"]),
    # nor a relative of place on an institution
    ("Как утверждают в X5, куда входит сеть «Пятерочка», цены не вырастут.", "цены не вырастут", []),
])
def test_a_relative_clause_on_the_source_is_no_content(extractor, text, content, relays):
    q = extractor.extract(text)[0]
    assert (q.text, chain(q)) == (content, relays)


@pytest.mark.parametrize("text, medium", [
    ("«Свиньи переносят вирус», - сказал он в прямом эфире радиостанции \"Маяк\".", "Маяк"),
    ("«Мы не уйдем», — заявил министр в вечернем эфире телеканала «Звезда».", "Звезда"),
    ("«Мы не уйдем», — заявил министр в своем недавнем интервью газете «Известия».", "Известия"),
])
def test_broadcast_and_interview_with_adjectives(extractor, text, medium):
    assert chain(extractor.extract(text)[0]) == [medium]


def test_desk_of_a_medium_spoken_to(extractor):
    q = extractor.extract("«Турция нам партнер», — сказал Роман Ильин Русской службе «Голоса Америки».")[0]
    assert q.speaker.name == "Роман Ильин" and q.speaker.mention.text == "Роман Ильин"
    assert chain(q) == ["Голос Америки"]


@pytest.mark.parametrize("verb", ["напоминает", "отмечает", "уточняет"])
def test_medium_after_someone_elses_report_relays_it(extractor, verb):
    text = f"В 2012 году министр финансов Бразилии Гидо Мантега предупреждал о том, что меры усилят валютные войны, {verb} РБК."
    quotes = extractor.extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Гидо Мантега" and chain(quotes[0]) == ["РБК"]


def test_medium_spoken_to_before_the_institution_in_v(extractor):
    q = extractor.extract("«Пострадавших нет», — сообщили РИА \"Новости\" в пресс-службе МЧС.")[0]
    assert "МЧС" in q.speaker.name and chain(q) == ["РИА Новости"]


@pytest.mark.parametrize("text, fragment, speaker, relay", [
    ("Число жертв наводнения выросло до 147. Об этом со ссылкой на данные властей страны сообщило агентство Reuters.",
     "жертв", "власти страны", "Reuters"),
    ("Число жертв наводнения выросло до 147. Об этом со ссылкой на полицию сообщает Reuters.", "жертв", "полиция",
     "Reuters"),
    ("Со ссылкой на источники в правительстве агентство Bloomberg сообщило, что сделка сорвана.", "сделка",
     "источники в правительстве", "Bloomberg"),
])
def test_a_source_named_before_the_relaying_verb_speaks(extractor, text, fragment, speaker, relay):
    # `Об этом со ссылкой на Y сообщило X`: Y speaks, X relays, as after the verb
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker and chain(q) == [relay]


@pytest.mark.parametrize("text, fragment, speaker", [
    ("В пресс-службе ФСБ РИА Новости сообщили, что задержаны трое.", "задержаны", "пресс-служба ФСБ"),
    ("В Кремле «Интерфаксу» подтвердили, что встреча состоится.", "встреча", "Кремль"),
    ("В полиции РИА Новости рассказали, что подозреваемый задержан.", "подозреваемый", "полиция"),
])
def test_an_institution_named_before_the_medium_it_told_speaks(extractor, text, fragment, speaker):
    # `В X РИА Новости сообщили`: the medium (in the dative) relays, X speaks
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


def test_media_that_accuse_someone_of_something_speak_themselves(extractor):
    q = extractor.extract("После этих заявлений западные СМИ обвинили Россию в \"злорадстве\" и \"троллинге\".")[0]
    assert "СМИ" in q.speaker.name


@pytest.mark.parametrize("text, fragment, speaker, relays", [
    ("Число жертв выросло до 147, сообщил Reuters.", "жертв", "Reuters", []),
    ("Число жертв выросло до 147, сообщил Reuters со ссылкой на полицию.", "жертв", "полиция", ["Reuters"]),
    ("Число жертв выросло до 147. Об этом сообщил Reuters со ссылкой на полицию.", "жертв", "полиция", ["Reuters"]),
    ("Министр финансов сообщил Reuters, что бюджет сбалансирован.", "бюджет", "Министр финансов", ["Reuters"]),
])
def test_a_latin_medium_after_a_masculine_verb_speaks_or_relays(extractor, text, fragment, speaker, relays):
    # the tagger reads `Reuters` as a neuter dative: its gender and case are guesses
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker and chain(q) == relays


def test_a_time_word_taken_for_the_subject_is_no_relay(extractor):
    # `сообщил в полдень "Интерфакс" со ссылкой на МИД`: the medium relays, not `полдень`
    text = ('Российский сухогруз "Капитан Усков" обнаружила китайская сторона, сообщил в полдень "Интерфакс" '
            'со ссылкой на МИД КНР.')
    q = extractor.extract(text)[0]
    assert q.speaker.name == "МИД КНР" and chain(q) == ["Интерфакс"]


def test_an_acting_officeholder_keeps_the_whole_title(extractor):
    text = "Исполняющий обязанности президента Украины Александр Турчинов заявил, что этот вопрос стоит очень остро."
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Александр Турчинов" and q.speaker.mention.text.startswith("Исполняющий обязанности")


@pytest.mark.parametrize("text, speaker, relays", [
    ("\"Права на песню не принадлежат компании\", — приводит Reuters слова судьи.", "судья", ["Reuters"]),
    ("\"Права на песню не принадлежат компании\", — передает Reuters слова судьи.", "судья", ["Reuters"]),
    ("Права на песню не принадлежат компании, приводит ТАСС слова судьи.", "судья", ["ТАСС"]),
])
def test_the_medium_inside_a_quoting_phrase_relays(extractor, text, speaker, relays):
    # `приводит X слова Y`, `передает X слова Y`: Y speaks, X relays (ATTRIBUTION.md)
    q = extractor.extract(text)[0]
    assert q.speaker.name == speaker and chain(q) == relays


@pytest.mark.parametrize("text, speaker, relays", [
    # the words quoted name their owner, whichever comes first of the medium and them
    ("\"Цены снизятся уже весной\", - цитирует ТАСС заявление пресс-службы Минсельхоза.",
     "пресс-служба Минсельхоза", ["ТАСС"]),
    ("\"Рынок стабилизировался\", - цитирует РИА Новости сообщение пресс-службы Центробанка.",
     "пресс-служба Центробанка", ["РИА Новости"]),
    ("Глава района Сергей Мальцев осмотрел стройку. \"Проект будет завершен в срок\", - цитирует его слова "
     "агентство \"Регион-Инфо\".", "Сергей Мальцев", ["Регион-Инфо"]),
    # an indirect quote as a direct one
    ("Тарифы не вырастут, цитирует Интерфакс слова губернатора Петра Клюева.", "Петр Клюев", ["Интерфакс"]),
    ("Тарифы не вырастут, цитирует губернатора Петра Клюева «Интерфакс».", "Петр Клюев", ["Интерфакс"]),
    ("Министр Олег Русаков посетил завод. Тарифы не вырастут, цитирует его слова агентство «Регион-Инфо».",
     "Олег Русаков", ["Регион-Инфо"]),
    # a pronoun after the verb, before the nominative subject, is whom they quote
    ("Канцлер выступила на заседании. ЕС должен действовать решительнее, процитировали ее участники заседания.",
     "Канцлер", ["участники заседания"]),
    # a quoted note speaks through the owner of the site it was published on
    ("\"Бреннан встретился с Яценюком\", - цитирует InoPressa заметку, опубликованную на сайте The Daily Beast.",
     "The Daily Beast", ["InoPressa"]),
    # (a medium quoting a message is not its author: the one told before is)
    ("Компания Google запустила мессенджер, как отмечается в блоге Google. \"Чаты выходят за рамки темы\", - "
     "цитирует сообщение VC.ru.", "Google", ["VC.ru"]),
    # (a medium alone quoted no one else)
    ("Бюджет будет исполнен, цитирует РБК.", "РБК", []),
])
def test_whose_words_a_medium_quotes_speak_and_the_medium_relays(extractor, text, speaker, relays):
    q = extractor.extract(text)[-1]
    assert q.speaker.name == speaker and chain(q) == relays


@pytest.mark.parametrize("text, fragment, speaker", [
    ("При этом в Рособрнадзоре, который осуществляет организацию проведения ЕГЭ, заявили, что экзамен отменять "
     "не будут.", "экзамен", "Рособрнадзор"),
    ("В министерстве, которое отвечает за выплаты, сообщили, что деньги поступят в мае.", "деньги", "министерство"),
])
def test_an_institution_speaks_across_a_relative_clause(extractor, text, fragment, speaker):
    # `в X, который …, заявили`: the relative clause is an aside, X speaks
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


def test_a_city_with_a_relative_clause_is_no_speaker(extractor):
    q = extractor.extract("В Москве, где прошел митинг, сообщили, что задержаний не было.")[0]
    assert q.speaker is None or q.speaker.name is None


@pytest.mark.parametrize("text, fragment, speaker, relays", [
    ("Представители Запада считают, пишет NEWSru.com, что вернуть Афганистану мир можно только силой.", "мир",
     "Представители Запада", ["NEWSru.com"]),
    ("Министр заявил, сообщает ТАСС, что реформа будет продолжена.", "реформа", "Министр", ["ТАСС"]),
])
def test_a_medium_wedged_between_a_report_and_its_clause_relays_it(extractor, text, fragment, speaker, relays):
    # `X считают, пишет Y, что P`: X speaks P, Y relays
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker and chain(q) == relays and q.cue.text != "пишет"


def test_a_report_with_a_gerund_keeps_its_speaker(extractor):
    text = "Путин как-то сказал, отвечая на вопросы журналистов, что найдет свое место в строю."
    q = next(q for q in extractor.extract(text) if "место" in q.text)
    assert q.speaker.name == "Путин" and q.chain == ()


@pytest.mark.parametrize("text, speaker, outlet", [
    ("Министр Иван Петров заявил: «Мы готовы к переговорам», сообщает ТАСС.", "Иван Петров", "ТАСС"),
    ("Вчера представители МВД ответили: \"Нашатырный спирт\", пишет \"Коммерсант\".", "МВД", "Коммерсант"),
    ("Министр Анна Петрова сказала: «Мы готовы к переговорам», - передает РИА Новости.", "Анна Петрова",
     "РИА Новости"),
])
def test_an_outlet_after_a_quote_introduced_with_a_colon_passes_it_on(extractor, text, speaker, outlet):
    q = by_text(extractor.extract(text), "Нашатырный" if "МВД" in text else "переговорам")
    assert q.speaker.name == speaker and chain(q) == [outlet]


def test_an_outlet_after_a_quote_with_no_speaker_before_it_speaks(extractor):
    q = extractor.extract("«Мы готовы к переговорам», сообщает ТАСС.")[0]
    assert q.speaker.name == "ТАСС" and chain(q) == []


@pytest.mark.parametrize("text, outlet", [
    ("Василий Орлов в беседе с радиостанцией \"Говорит Москва\" сообщил, что главврача решено заменить.",
     "Говорит Москва"),
    ("\"Как только схлынет пандемия\", - сказал Иванов, отвечая на вопрос агентства \"Интерфакс\".", "Интерфакс"),
    ("\"Мы готовы\", - отметил в разговоре с корреспондентом \"РГ\" замдиректора Руслан Баратов.", "РГ"),
    ("Отвечая на вопрос корреспондента Би-би-си, министр заявил, что переговоры продолжатся.", "Би-би-си"),
])
def test_an_outlet_spoken_with_is_a_layer(extractor, text, outlet):
    q = extractor.extract(text)[0]
    assert chain(q) == [outlet]


def test_questions_of_deputies_are_no_outlet(extractor):
    q = extractor.extract("Отвечая на вопросы депутатов, министр заявил, что переговоры продолжатся.")[0]
    assert chain(q) == []


def test_an_outlet_after_a_colon_quote_makes_no_report_of_its_last_words(extractor):
    text = ("В интервью газете он заявил: \"Сравнения с отцом неизбежны. Берлин 30-х - там была только мания "
            "величия\", пишет сегодня The Times, статью которой публикует Inopressa.")
    quotes = extractor.extract(text)
    assert [q.type for q in quotes] == ["direct"] and chain(quotes[0])[-1] == "The Times"


@pytest.mark.parametrize("outlet, layer", [("РИА \"Новости\"", "РИА Новости"), ("агентство Reuters", "Reuters")])
def test_a_medium_quoting_someone_is_the_layer_not_the_speaker(extractor, outlet, layer):
    text = ("Глава палестинской администрации Махмуд Аббас выступил в Газе. \"Это единственный путь к миру\", "
            f"- приводит слова председателя палестинской администрации {outlet}.")
    q = by_text(extractor.extract(text), "путь к миру")
    assert q.speaker.name == "Махмуд Аббас" and chain(q) == [layer]


def test_the_last_words_of_a_colon_quote_are_no_report_of_the_outlet_after_it(extractor):
    text = ("Алексей Клименко называет вмешательство властей злом: «Я убежден, что театр ждет судьба Царицыно. "
            "Будет очередной кич… От вмешательства господина Лужкова ничего кроме кошмара не получается», "
            "сообщает Лента.ру.")
    quotes = extractor.extract(text)
    assert len(quotes) == 1 and quotes[0].speaker.name == "Алексей Клименко" and chain(quotes[0]) == ["Лента.ру"]


@pytest.mark.parametrize("relay", ['как передает РИА "Новости"', "как сообщает «Интерфакс»", "как передает ТАСС"])
def test_an_aside_relay_between_ob_etom_and_the_verb(extractor, relay):
    # `Об этом, как передает X, сообщил Y`: the sentence before, Y's, through X
    text = (f"Духовный лидер движения «Талибан» мулла Омар призвал к мобилизации. "
            f"Об этом, {relay}, сообщил агентству «Онлайн» пресс-секретарь Омара.")
    quotes = extractor.extract(text)
    assert len(quotes) == 1 and quotes[0].text.startswith("Духовный лидер")
    assert chain(quotes[0])[1:] == ["Онлайн"] and len(chain(quotes[0])) == 2


@pytest.mark.parametrize("relay, medium", [("Как передала радиостанция «Маяк»", "Маяк"),
                                           ("Как сообщает ТАСС", "ТАСС")])
def test_a_medium_relaying_the_sentence_that_ob_etom_reports(extractor, relay, medium):
    # `Как передала X, P. Об этом сообщил Y`: Y's report of P, through X
    text = (f"{relay}, по факту покушения на губернатора возбуждено уголовное дело. "
            f"Об этом сообщил официальный представитель СК Владимир Маркин.")
    quotes = extractor.extract(text)
    assert len(quotes) == 1 and quotes[0].text.startswith("по факту")
    assert quotes[0].speaker.name == "Владимир Маркин" and chain(quotes[0]) == [medium]


@pytest.mark.parametrize("relay, layer", [('сообщает "112 Украина"', "112 Украина"),
                                          ("сообщает пресс-служба министерства", "пресс-служба министерства")])
def test_a_trailing_relay_of_a_report_that_names_its_speaker_is_no_quote(extractor, relay, layer):
    # `X заявил, что P, сообщает Y`: Y relays X's report, it says nothing itself
    quotes = extractor.extract(f"Президент Украины Петр Порошенко заявил, что организатор убийства задержан, {relay}.")
    assert len(quotes) == 1 and quotes[0].speaker.name == "Петр Порошенко" and chain(quotes[0]) == [layer]


@pytest.mark.parametrize("relay, medium", [("Об этом пишет РИА Новости.", "РИА Новости"),
                                           ("Об этом сообщает «Интерфакс».", "Интерфакс")])
def test_a_medium_reporting_a_sentence_that_reports_someone_relays_him(extractor, relay, medium):
    # `X заявил, что P. Об этом пишет Y`: one quote, X's, through Y
    quotes = extractor.extract(f"Генпрокурор Юрий Луценко заявил, что организатор нападения задержан. {relay}")
    assert len(quotes) == 1 and quotes[0].speaker.name == "Юрий Луценко" and chain(quotes[0]) == [medium]


def test_a_medium_reporting_a_plain_sentence_speaks(extractor):
    quotes = extractor.extract("Организатор нападения задержан. Об этом сообщает «Интерфакс».")
    assert len(quotes) == 1 and quotes[0].speaker.name == "Интерфакс"


@pytest.mark.parametrize("quote", ["Генпрокурор Юрий Луценко заявил, что организатор нападения задержан.",
                                   "«Организатор нападения задержан», — заявил генпрокурор Юрий Луценко."])
@pytest.mark.parametrize("next_sentence", ['Его слова приводит РИА "Новости".', "Его слова цитирует РИА Новости."])
def test_his_words_cited_in_the_next_sentence(extractor, quote, next_sentence):
    quotes = extractor.extract(f"{quote} {next_sentence}")
    assert len(quotes) == 1 and chain(quotes[0]) == ["РИА Новости"]


def test_his_words_given_by_no_medium_add_no_layer(extractor):
    quotes = extractor.extract("Генпрокурор Юрий Луценко заявил, что организатор нападения задержан. "
                               "Его слова приводит пресс-служба ведомства.")
    assert chain(quotes[0]) == []


@pytest.mark.parametrize("text, speaker, relay", [
    ("«Я оплошал», - сказал житель республики (цитата по \"Кавказ.Реалии\").", "житель республики", "Кавказ.Реалии"),
    ("«Это политические убийства», - сказал политолог (цитата по NEWSru.ua).", "политолог", "NEWSru.ua"),
    ("«Есть еще один законопроект», - сказал Путин (цитата по РИА \"Новости\").", "Путин", "РИА Новости"),
])
def test_the_outlet_a_quote_is_cited_by_in_brackets_relays_it(extractor, text, speaker, relay):
    # `(цитата по X)`: X's words of the speaker, a layer of the chain
    quote = extractor.extract(text)[0]
    assert quote.speaker.mention.text == speaker
    assert [r.name for r in quote.chain] == [relay]


def test_a_generic_outlet_points_back_to_a_name_introduced_as_a_medium(extractor):
    # `еженедельнику "Аргументы недели"`: an outlet the tagger took for an
    # organisation is one all the same; `издание` points back to it
    text = ("Такое заявление сделал еженедельнику \"Аргументы недели\" высокопоставленный сотрудник спецслужб. "
            "Как отмечает издание, сделка сорвалась.")
    assert extractor.extract(text)[-1].speaker.name == "Аргументы недели"


def test_a_medium_that_writes_has_no_person_in_apposition(extractor):
    # `…, пишут "Аргументы недели", главный враг власти Михаил Ходорковский`:
    # the name after the medium is the end of the content, not the speaker's
    text = "Остается только один, пишут \"Аргументы недели\", главный враг власти Михаил Ходорковский."
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == "Аргументы недели"
    assert quote.text.endswith("Михаил Ходорковский")


def test_citing_him_is_quoting_him(extractor):
    # `— приводит его «Росбалт»`: his words, the outlet relays (as `цитирует его`)
    text = ("Депутат Айдын Мирзазаде выступил на форуме. \"Отношения находятся на высоком уровне\", "
            "— приводит его «Росбалт».")
    quote = next(q for q in extractor.extract(text) if q.type == "direct")
    assert quote.speaker.name == "Айдын Мирзазаде"
    assert [r.name for r in quote.chain] == ["Росбалт"]


@pytest.mark.parametrize("text, speaker, relay", [
    # a relative clause about the source names the medium that quotes it:
    # the source speaks, the medium relays, and the clause is no part of P
    ("Россия готовит новые санкции, пишет немецкая газета Handelsblatt, выдержки из которой приводит InoPressa.",
     "Handelsblatt", "InoPressa"),
    ("Россия готовит новые санкции, пишет газета The Times, статью которой цитирует InoPressa.",
     "The Times", "InoPressa"),
    ("Россия готовит новые санкции, пишет The Guardian, материал которой переводит InoSMI.",
     "The Guardian", "InoSMI"),
    ("По словам министра Ивана Петрова, слова которого приводит ТАСС, санкции готовы.", "Иван Петров", "ТАСС"),
])
def test_the_medium_a_relative_clause_names_relays_the_source(extractor, text, speaker, relay):
    quote = extractor.extract(text)[0]
    assert quote.text in ("Россия готовит новые санкции", "санкции готовы")
    assert quote.speaker.name == speaker and [c.name for c in quote.chain] == [relay]


def test_a_relative_clause_inside_the_content_stays_there(extractor):
    text = "По данным СМИ, часть учений, в которой были задействованы операторы связи, прошла неудачно."
    assert extractor.extract(text)[0].text.startswith("часть учений, в которой")


def test_a_medium_that_a_relay_cites_is_the_outer_layer(extractor):
    # `пишет The Independent, на которую ссылается InoPressa`: InoPressa relays
    # The Independent, which relays Бакиев
    text = ("Бакиев распространил заявление, где утверждает, что бежал за границу, пишет в свою очередь "
            "The Independent, на которую ссылается InoPressa.")
    quotes = extractor.extract(text)
    nested = next(q for q in quotes if q.text == "бежал за границу")
    assert [c.name for c in nested.chain] == ["InoPressa", "The Independent"]
    # on the speaker himself the medium is the innermost layer
    quote = extractor.extract("По словам министра Ивана Петрова, которого цитирует ТАСС, санкции готовы.")[0]
    assert [c.name for c in quote.chain] == ["ТАСС"]


def test_a_source_the_newspaper_cites_has_it_in_its_chain(extractor):
    text = ("«Она наняла убийцу», - заявил журналист газеты Nation Тайсонг Асвасена. Источник в полиции, "
            "на который ссылается газета, сообщил, что следствие отрабатывает эту версию.")
    quote = next(q for q in extractor.extract(text) if q.text == "следствие отрабатывает эту версию")
    assert quote.speaker.name == "Источник в полиции" and [c.name for c in quote.chain] == ["Nation"]


@pytest.mark.parametrize("text, relay", [
    ("«Россия быстро меняется», — сказал Пайпс New York Times.", ["New York Times"]),
    ("«Россия быстро меняется», — сказал Пайпс Washington Post.", ["Washington Post"]),
    ("Гюлен все отвергает. В субботу он дал интервью группе журналистов, в том числе корреспонденту "
     "The Guardian, в котором предположил, что мятеж был инсценирован.", ["The Guardian"]),
    ("Политолог Дэниэл Пайпс в статье в New York Times заявил, что Россия быстро меняется.", []),
])
def test_a_foreign_name_is_read_whole_from_its_first_word(extractor, text, relay):
    """`New York Times` is one name: its last word alone (`Times`) is no
    medium, and a name after `в` is where someone wrote, not whom he told."""
    quote = extractor.extract(text)[-1]
    assert [c.name for c in quote.chain] == relay


@pytest.mark.parametrize("text, speaker", [
    ("«Ситуация сложная», - отмечает The Economist, подчеркивая, что вскоре этому может прийти конец.",
     "The Economist"),
    ("«Ситуация сложная», - пишет Financial Times, отмечая, что вскоре этому может прийти конец.",
     "Financial Times"),
])
def test_a_gerund_after_an_inverted_report_shares_its_foreign_subject(extractor, text, speaker):
    quote = by_text(extractor.extract(text), "прийти конец")
    assert quote.speaker.name == speaker and quote.chain == ()


# `в эфире телеканала «Дождь»`: one layer, the channel, not the channel's
# name and the bare `телеканал` beside it.
@pytest.mark.parametrize("text, chain", [
    ("«Премьер сопротивляется критике», — сказал в эфире телеканала «Дождь» депутат Иван Орлов.", ["Дождь"]),
    ("«Премьер сопротивляется критике», — сказал в интервью газете «Ведомости» депутат Иван Орлов.",
     ["Ведомости"]),
])
def test_a_broadcast_outlet_is_one_layer(extractor, text, chain):
    q = extractor.extract(text)[0]
    assert [c.name for c in q.chain] == chain


@pytest.mark.parametrize("text, fragment, chain", [
    # a consulting agency in the speaker's title is no news agency: `собеседник агентства` spoke to РИА
    ("«Спрос на зерно падает», - сообщил РИА Новости управляющий партнер консалтингового агентства Agro "
     "Consulting Group Илья Березин. Комментируя ограничения, собеседник агентства отметил, что поставки "
     "начинаются.", "поставки", ["РИА Новости"]),
    ("«Цены вырастут», - сказал ТАСС директор рекламного агентства Media Point Олег Соколов. По словам "
     "собеседника агентства, рост составит 10%.", "рост составит", ["ТАСС"]),
])
def test_an_agency_of_another_trade_is_no_relay(extractor, text, fragment, chain):
    assert [r.name for r in by_text(extractor.extract(text), fragment).chain] == chain


@pytest.mark.parametrize("text, kind", [
    ("Запуск перенесен, сообщило Европейское космическое агентство.", "organization"),
    ("Запуск перенесен, сообщило Федеральное агентство по туризму.", "organization"),
    ("Запуск перенесен, сообщило информационное агентство Reuters.", "media"),
    ("Сюжет показал федеральный канал «Россия-1». По данным телеканала, квартиры закупались дорого.", "media"),
])
def test_an_agency_of_another_trade_is_an_organization(extractor, text, kind):
    assert extractor.extract(text)[-1].speaker.kind == kind


@pytest.mark.parametrize("text, chain", [
    # a hyphenated outlet the tagger read in another case, and `ИА` before a quoted name
    ("Эксперт Максим Орлов объяснил \"Коммерсанту-FM\", что цены вырастут.", ["Коммерсант-FM"]),
    ("Эксперт Максим Орлов рассказал ИА \"Восток-Медиа\", что цены вырастут.", ["ИА Восток-Медиа"]),
    ("Цены вырастут, сообщил \"Интерфаксу-Украина\" глава компании Олег Сидоров.", ["Интерфакс-Украина"]),
    # a word inside a hyphenated word is no outlet's name (`белая` is not БелТА)
    ("Эксперт Максим Орлов рассказал в книге \"Сине-белая бухта\", что карты были секретными.", []),
])
def test_hyphenated_outlets_are_relays(extractor, text, chain):
    assert [r.name for r in extractor.extract(text)[0].chain] == chain


def test_an_agency_is_a_medium_named_before_not_a_name_in_latin_script(extractor):
    # `собеседник агентства`: the agency that relayed (ИТАР-ТАСС), not a ship
    # named since whose Latin name alone made it look like an outlet
    text = ("Российская сторона принимает все меры для освобождения моряков судна Amiya Scan, захваченного у "
            "берегов Сомали. Об этом заявили ИТАР-ТАСС в МИД РФ.\n\nРанее пираты, захватившие Amiya Scan, "
            "потребовали за его освобождение выкуп.\n\n\"Главное - не навредить заложникам\", - отметил "
            "собеседник агентства.")
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == "МИД РФ" and [r.name for r in quote.chain] == ["ИТАР-ТАСС"]


@pytest.mark.parametrize("text", [
    "Американский дипломат заявил, что ущелье стало средоточием преступности, и добавил, что США готовы "
    "помочь Грузии, передает ВВС.",
    "Министр заявил, что налоги не вырастут, а также пообещал, что пенсии проиндексируют, сообщает ТАСС.",
])
def test_a_medium_after_two_reports_of_one_speaker_relays_both(extractor, text):
    # together the two reports are the whole sentence: the medium relays them,
    # it says nothing of its own
    quotes = extractor.extract(text)
    assert len(quotes) == 2 and all(len(q.chain) == 1 and q.speaker.name != q.chain[0].name for q in quotes)


@pytest.mark.parametrize("text, mention, layers", [
    # `цитирует/приводит слова Y M`: a name in the nominative, quoted or in Latin
    # script, after the person quoted is the medium that quotes, not part of Y
    ("«Он будет драться», — приводит слова Уайта Las Vegas Review-Journal.", "Уайта", ["Las Vegas Review-Journal"]),
    ("«Мы не отступим», — цитирует президента \"Интерфакс\".", "президента", ["Интерфакс"]),
    ("«Ситуация под контролем», — цитирует главу региона \"ФедералПресс\".", "главу региона", ["ФедералПресс"]),
    # a name a type noun introduces, or a person's, stays in the phrase
    ("«Цены вырастут», — приводит слова главы компании \"Газпром\" ТАСС.", "главы компании \"Газпром\"", ["ТАСС"]),
    ("«Мы подумали», — цитирует \"Интерфакс\" исполнительного директора LTA Майкла Дауни.",
     "исполнительного директора LTA Майкла Дауни", ["Интерфакс"]),
])
def test_a_medium_after_the_person_it_quotes(extractor, text, mention, layers):
    quote = extractor.extract(text)[0]
    assert quote.speaker.mention.text == mention and [r.name for r in quote.chain] == layers


@pytest.mark.parametrize("text, content, speaker, layers", [
    # `P, передает X. Об этом заявил Y`: one report, Y's, through X
    ("Президент России Владимир Путин обвинил Киев в нежелании договариваться, передает ИТАР-ТАСС. Глава "
     "государства заявил об этом в интервью.", "Президент России Владимир Путин обвинил Киев в нежелании договариваться",
     "Владимир Путин", ["ИТАР-ТАСС"]),
    ("Цены на бензин вырастут на 10%, сообщает РБК. Об этом рассказал министр энергетики.",
     "Цены на бензин вырастут на 10%", "министр энергетики", ["РБК"]),
])
def test_an_anaphora_after_a_trailing_relay_is_one_report(extractor, text, content, speaker, layers):
    quotes = extractor.extract(text)
    assert len(quotes) == 1
    assert (quotes[0].text, quotes[0].speaker.name, [r.name for r in quotes[0].chain]) == (content, speaker, layers)


def test_a_report_inside_another_keeps_its_own_layers(extractor):
    # `Газета пишет, что об этом говорят менеджеры`: the managers' words, as before
    text = ("Завод начнет собирать новую модель, сообщает \"Коммерсант\". Газета пишет, что об этом \"говорят в "
            "частных беседах менеджеры завода\".")
    assert any(q.speaker.name == "менеджеры завода" for q in extractor.extract(text))


@pytest.mark.parametrize("text, content, speaker, layer", [
    ("Компания начнет выпуск новой модели в 2004 году, сообщает «Коммерсант». Газета пишет, что об этом говорят "
     "в частных беседах менеджеры компании.", "Компания начнет выпуск новой модели в 2004 году", "менеджеры компании",
     "Коммерсант"),
    ("Завод закроют в марте, передает ТАСС. Агентство уточняет, что об этом сообщили в администрации города.",
     "Завод закроют в марте", "администрация города", "ТАСС"),
])
def test_a_report_framed_by_the_medium_is_relayed_by_it(extractor, text, content, speaker, layer):
    """`P, сообщает X. Газета пишет, что об этом говорят Y`: Y's words P,
    without the relay clause, through X (X is no second speaker of P)."""
    quotes = [q for q in extractor.extract(text) if q.text == content]
    assert [(q.speaker.name, [r.name for r in q.chain]) for q in quotes] == [(speaker, [layer])]


def test_a_named_correspondents_question_is_no_layer(extractor):
    text = ("Власть не преследует оппозицию. Об этом заявил Владимир Путин на пресс-конференции, отвечая на вопрос "
            "корреспондента телеканала «Дождь» Ксении Собчак.")
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == "Владимир Путин" and quote.chain == ()


@pytest.mark.parametrize("text, speaker, medium", [
    # the report is the main predicate of what the medium passes on, however
    # long its subject or the adverbials before its verb: one quote, relayed
    ('Глава МИД после беседы с президентом заявил, что "новая администрация - люди дела", передает Reuters.',
     "Глава МИД", "Reuters"),
    ("Ученые, осмотревшие животное, утверждают, что оно вполне здорово, передает Reuters.", "Ученые", "Reuters"),
    ("Депутат Иван Котов, который возглавляет комитет по бюджету, заявил, что налоги не вырастут, "
     "сообщает ТАСС.", "Иван Котов", "ТАСС"),
])
def test_a_medium_relays_a_report_that_is_its_sentences_main_predicate(extractor, text, speaker, medium):
    [q] = extractor.extract(text)
    assert q.speaker.name == speaker and [r.name for r in q.chain] == [medium]


@pytest.mark.parametrize("text", [
    "Кремль отрицает свою причастность к ролику, но аналитики предположили, что кампанию ведут другие члены "
    "элиты, отмечает газета.",
    "В горах почти каждый день гибнут туристы, несмотря на то, что спасатели уверяют, что маршруты безопасны, "
    "пишет издание.",
])
def test_a_report_inside_the_mediums_sentence_leaves_the_medium_its_own_quote(extractor, text):
    speakers = [q.speaker.name if q.speaker else None for q in extractor.extract(text)]
    assert len(speakers) == 2 and speakers[0] in ("газета", "издание")


@pytest.mark.parametrize("text, speaker, medium", [
    # what a medium cites of someone (his words, statement, opinion): he
    # speaks, the medium relays
    ("«Мы готовы к диалогу», — приводит ТАСС заявление министра Ивана Петрова.", "Иван Петров", "ТАСС"),
    ("«Рубль ослабнет», — приводят «Ведомости» мнение экономиста Олега Смирнова.", "Олег Смирнов", "Ведомости"),
    ("«Цены вырастут», — приводит РБК высказывание аналитика Анны Ким.", "Анна Ким", "РБК"),
])
def test_a_medium_citing_someones_statement_relays_it(extractor, text, speaker, medium):
    [q] = extractor.extract(text)
    assert q.speaker.name == speaker and chain(q) == [medium]


def test_citing_data_is_no_quote_of_it(extractor):
    assert extractor.extract("Издание приводит данные опроса: «Половина жителей против».") == []


@pytest.mark.parametrize("text, speaker, medium", [
    # a medium's clause that is all someone else's report relays that report
    ("Газета The Washington Post сообщила, что, по мнению сотрудников спецслужб, хакеры пытались помочь "
     "кандидату.", "сотрудники спецслужб", "The Washington Post"),
    ("Газета The New York Times сообщила, что многие сотрудники разведки считают, что хакеры пытались помочь "
     "кандидату.", "многие сотрудники разведки", "The New York Times"),
])
def test_a_mediums_clause_holding_a_report_relays_it(extractor, text, speaker, medium):
    [q] = extractor.extract(text)
    assert q.speaker.name == speaker and chain(q) == [medium]


def test_a_mediums_clause_with_a_report_inside_keeps_its_quote(extractor):
    text = "Газета The Washington Post сообщила, что в деле появился свидетель, который утверждает, что видел убийцу."
    assert [q.speaker.name for q in extractor.extract(text)] == ["The Washington Post", "свидетель"]


@pytest.mark.parametrize("text", [
    # a medium told by a verb of saying with no quote of its own is the layer
    # of the same speaker's quotes after it
    "Глава компании Иван Сорокин подтвердил «Интерфаксу» сделку. По его словам, покупка завершится в марте.",
    "Глава ведомства Иван Лис посетил лагерь. Он заявил «Интерфаксу» о необходимости новых правил. "
    "«Впору приступить к регламентации», — сказал Лис.",
])
def test_a_medium_told_before_is_the_layer_of_the_speakers_next_quote(extractor, text):
    assert chain(extractor.extract(text)[-1]) == ["Интерфакс"]


@pytest.mark.parametrize("text, relay", [
    # the medium in an interview, on air, or in a dative the parse hung on the topic
    ("Журналист Николай Петров рассказал в интервью порталу «Хартия» о причинах конфликта. По его мнению, "
     "стороны не готовы к компромиссу.", "Хартия"),
    ("Журналист Николай Петров дал интервью порталу «Хартия». По его мнению, стороны не готовы к компромиссу.",
     "Хартия"),
    ("О планах компании газете «Ведомости» рассказал ее совладелец Игорь Лапин. По его словам, выручка удвоится "
     "через два года.", "Ведомости"),
    ("О создании комиссии ТАСС рассказал заместитель директора ассоциации Сергей Гребенников. По его словам, "
     "в комиссию войдут юристы.", "ТАСС"),
    # (its phrase ends before the topic; a name written on with no space is whole)
    ("Журналист Николай Петров рассказал порталу «Хартия» о причинах конфликта. По его мнению, стороны не готовы "
     "к компромиссу.", "Хартия"),
    ("Социолог Анна Белова рассказала в интервью сайту N+1 о новом опросе. По ее словам, доверие растет.",
     "сайт N+1"),
    # `это` points back to the words quoted just before
    ("Цены на бензин вырастут к осени, считает глава Минэнерго Павел Орлов. Он заявил это в интервью "
     "агентству «Прайм».", "Прайм"),
    # `Об этом` across adverbials
    ("Расследование продолжится. Об этом в понедельник в эфире телеканала «Эра» заявил депутат Григорий "
     "Омельченко. По его словам, виновные будут найдены.", "Эра"),
])
def test_a_medium_in_a_sentence_that_quotes_nothing_is_the_speakers_layer(extractor, text, relay):
    assert chain(extractor.extract(text)[-1]) == [relay]


@pytest.mark.parametrize("text", [
    # not of someone else's, nor of anyone who did not tell it
    "Глава ведомства Иван Лис посетил лагерь. Она заявила «Интерфаксу» о необходимости новых правил. "
    "«Впору приступить к регламентации», — сказал Лис.",
    "Глава компании Иван Сорокин рассказал журналистам о сделке. По его словам, покупка завершится в марте.",
])
def test_no_layer_from_a_medium_told_by_someone_else(extractor, text):
    assert chain(extractor.extract(text)[-1]) == []


@pytest.mark.parametrize("text, relays", [
    # a relay named at a speaker's later quote in the paragraph carried the earlier ones
    ("Следствие изменило версию событий. Такое предположение высказал адвокат Петр Ильин. Он не исключает, "
     "что его подзащитного скоро отпустят, пишет «Коммерсант».", ["Коммерсант"]),
    ("Цены вырастут на треть, заявил министр Иван Орлов. «Мы к этому готовы», - сказал министр в эфире "
     "телеканала «Россия-24».", ["Россия-24"]),
    ("Министр Иван Петров заявил, что цены вырастут. Он добавил, что зарплаты тоже вырастут, передает ТАСС.",
     ["ТАСС"]),
])
def test_a_relay_named_at_a_later_quote_of_the_speaker_carried_the_earlier_ones(extractor, text, relays):
    assert chain(extractor.extract(text)[0]) == relays


@pytest.mark.parametrize("text", [
    # not across someone else's quote, nor into another paragraph
    "Министр Иван Петров заявил, что цены вырастут. Эксперт Олег Лис считает, что рост будет медленным. "
    "Петров добавил, что зарплаты тоже вырастут, передает ТАСС.",
    "Министр Иван Петров заявил, что цены вырастут.\n\nОн добавил, что зарплаты тоже вырастут, передает ТАСС.",
])
def test_no_relay_carried_back_past_another_speaker_or_paragraph(extractor, text):
    assert chain(extractor.extract(text)[0]) == []


@pytest.mark.parametrize("text, content, speaker, chain", [
    # the medium relays whom its gerund, participle or relative clause cites
    ("Как пишет Bloomberg, ссылаясь на собственные источники, сделка сорвалась.",
     "сделка сорвалась", "собственные источники", ["Bloomberg"]),
    ("Сделка сорвалась, пишет Bloomberg, ссылаясь на источники.", "Сделка сорвалась", "источники", ["Bloomberg"]),
    ("Сделка сорвалась, пишет Bloomberg, который ссылается на источники в компании.",
     "Сделка сорвалась", "источники в компании", ["Bloomberg"]),
    ("По данным «Коммерсанта», ссылающегося на источники в правительстве, налог повысят.",
     "налог повысят", "источники в правительстве", ["Коммерсант"]),
    ("Согласно данным «Известий», которые ссылаются на источники в министерстве, налог повысят.",
     "налог повысят", "источники в министерстве", ["Известия"]),
    # a medium quoting someone, by its gerund: `цитируя (слова) Y`, `приводя слова Y`
    ("Как передает ИТАР-ТАСС, цитируя слова губернатора Ивана Петрова, в регионе введен режим ЧС.",
     "в регионе введен режим ЧС", "Иван Петров", ["ИТАР-ТАСС"]),
    ("Как сообщает РИА Новости, цитируя губернатора Ивана Петрова, в регионе введен режим ЧС.",
     "в регионе введен режим ЧС", "Иван Петров", ["РИА Новости"]),
    ("В регионе введен режим ЧС, сообщает ТАСС, цитируя губернатора Ивана Петрова.",
     "В регионе введен режим ЧС", "Иван Петров", ["ТАСС"]),
    ("Как пишет газета Times, приводя слова министра финансов, бюджет будет сокращен.",
     "бюджет будет сокращен", "министр финансов", ["Times"]),
])
def test_a_medium_relays_whom_its_own_clause_cites(extractor, text, content, speaker, chain):
    quote = extractor.extract(text)[0]
    assert (quote.text, quote.speaker.name, [layer.name for layer in quote.chain]) == (content, speaker, chain)


@pytest.mark.parametrize("text, speaker, chain", [
    # a medium named between the institution and the verb is whom it told
    ("В Минобороны ТАСС сообщили, что учения завершены.", "Минобороны", ["ТАСС"]),
    ("В пресс-службе Кремля РБК сообщили, что встреча не планируется.", "пресс-служба Кремля", ["РБК"]),
    ("В пресс-службе МВД ТАСС сообщили, что задержаны трое.", "пресс-служба МВД", ["ТАСС"]),
    # … unless the medium is whose the press service is
    ("В пресс-службе ТАСС сообщили, что агентство открыло бюро в Каире.", "пресс-служба ТАСС", []),
])
def test_a_medium_after_an_institution_in_v_is_whom_it_told(extractor, text, speaker, chain):
    quote = extractor.extract(text)[0]
    assert (quote.speaker.name, [layer.name for layer in quote.chain]) == (speaker, chain)


@pytest.mark.parametrize("text, chain", [
    # a comment for a medium, an answer to its request: the medium is a layer
    ("Проект будет завершен в срок, сообщил в комментарии для РБК представитель компании.", ["РБК"]),
    ("В комментарии для РБК представитель компании сообщил, что проект будет завершен в срок.", ["РБК"]),
    ("Проект будет завершен в срок, говорится в ответе Минздрава на запрос ТАСС.", ["ТАСС"]),
    ("Проект завершат в срок, сообщил представитель компании по запросу «Известий».", ["Известия"]),
    # an answer to a medium's question, with any form of the verb or none
    ("Представитель компании ответил на вопрос «Ведомостей»: «Долю выкупали не мы».", ["Ведомости"]),
    ("Министр ответил на вопрос \"Интерфакса\", что цены вырастут.", ["Интерфакс"]),
    ("На вопрос \"Коммерсанта\" о сроках министр ответить затруднился, отметив, что проект будет завершен в срок.",
     ["Коммерсант"]),
    # the medium that received the document, in a relative clause on it
    ("Долг будет погашен в срок, говорится в ответе, который получил РБК от департамента финансов.", ["РБК"]),
    ("Долг будет погашен в срок, говорится в письме, которое \"Ведомости\" получили от департамента финансов.",
     ["Ведомости"]),
    ("Долг будет погашен в срок, говорится в письме, которое получила компания от департамента финансов.", []),
    # a question of a journalist or about something names no medium
    ("Министр ответил на вопрос журналиста, что цены вырастут.", []),
    ("Министр ответил на вопрос о ценах, что они вырастут.", []),
    # a comment of an institution is no medium's
    ("В комментарии Минфина говорится, что проект будет завершен в срок.", []),
])
def test_a_medium_asked_or_commented_for_is_a_layer(extractor, text, chain):
    quote = extractor.extract(text)[0]
    assert [layer.name for layer in quote.chain] == chain


@pytest.mark.parametrize("text, speaker, chain", [
    # a medium citing someone's view, assessment or statement, not only `слова`
    ("Сделка была незаконной, передает ТАСС мнение юриста Ивана Петрова.", "Иван Петров", ["ТАСС"]),
    ("Сделка была незаконной, приводит «Интерфакс» заявление министра.", "министр", ["Интерфакс"]),
    ("Сделка «нарушила все нормы», приводит «Коммерсант» оценку юриста Ивана Петрова.", "Иван Петров",
     ["Коммерсант"]),
])
def test_a_medium_citing_a_view_relays_its_holder(extractor, text, speaker, chain):
    quote = extractor.extract(text)[0]
    assert (quote.speaker.name, [layer.name for layer in quote.chain]) == (speaker, chain)


@pytest.mark.parametrize("text, speaker", [
    # a person citing a ground keeps the word; only a medium relays through a link phrase after its comma
    ("Как сообщил министр, ссылаясь на указ президента, пенсии повысят.", "министр"),
    ("Эксперт, который ссылается на данные Росстата, считает, что цены вырастут.", "Эксперт"),
    # … and one quoting another: his own statement
    ("Министр заявил, цитируя Пушкина, что Россия не отступит.", "Министр"),
    ("Как сказал министр, цитируя Пушкина, мы не отступим.", "министр"),
])
def test_a_person_citing_a_ground_keeps_the_word(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


def test_a_cited_assessment_of_a_thing_names_no_speaker(extractor):
    text = "Рост цен, приводит газета оценку ущерба, составил десять процентов."
    assert not any(q.rule == "indirect.quoting" for q in extractor.extract(text))


@pytest.mark.parametrize("text, chain", [
    # the medium that asked the speakers, agent of a participle on them, is a layer
    ("Выборы прошли честно, утверждают эксперты, опрошенные «Ведомостями».", ["Ведомости"]),
    ("Опрошенные «Ведомостями» эксперты считают, что выборы прошли честно.", ["Ведомости"]),
    ("Опрошенные РБК аналитики ожидают, что ставка вырастет.", ["РБК"]),
    # one who asked and is no medium is none
    ("Опрошенные полицией свидетели рассказали, что слышали выстрелы.", []),
])
def test_the_medium_that_asked_the_speakers_is_a_layer(extractor, text, chain):
    assert [layer.name for layer in extractor.extract(text)[0].chain] == chain


@pytest.mark.parametrize("text, content, chain_", [
    # a medium credited in brackets after indirect words: no part of them, their layer
    ("Министр Иван Петров заявил, что правительство не отступит (передает ТАСС).",
     "правительство не отступит", ["ТАСС"]),
    ("Губернатор Олег Лис сообщил, что мост откроют в мае (цит. по РБК).", "мост откроют в мае", ["РБК"]),
    ("По словам министра Ивана Петрова, правительство не отступит (цитата по «Ведомостям»).",
     "правительство не отступит", ["Ведомости"]),
    ("Мэр Анна Волкова считает, что цены вырастут (сообщает «Интерфакс»).", "цены вырастут", ["Интерфакс"]),
    # after direct words, and standing as a sentence of its own after them
    ("«Мы не отступим», — сказал министр Иван Петров (передает ТАСС).", "Мы не отступим", ["ТАСС"]),
    ("«Мы не отступим», — сказал министр Иван Петров. (Цитата по РБК.)", "Мы не отступим", ["РБК"]),
    ("Мэр Анна Волкова заявила: «Мост откроют в мае. Деньги есть». (Цитата по «Интерфаксу».) Потом она уехала.",
     "Мост откроют в мае. Деньги есть", ["Интерфакс"]),
    ("Министр Иван Петров заявил, что правительство не отступит. (Цитата по ТАСС.)",
     "правительство не отступит", ["ТАСС"]),
])
def test_a_medium_credited_in_brackets_is_a_layer(extractor, text, content, chain_):
    q = extractor.extract(text)[0]
    assert q.text == content and chain(q) == chain_


@pytest.mark.parametrize("text, content", [
    # a bracket that credits nobody stays with the words
    ("Министр Иван Петров заявил, что правительство не отступит (в этом году).",
     "правительство не отступит (в этом году)"),
    ("Министр Иван Петров заявил, что правительство не отступит. (Фото: ТАСС.)", "правительство не отступит"),
    # a relay verb in brackets inside the clause credits no words before it: they go on after it
    ("Министр заявил, что в Москве (передает ТАСС) прошли обыски у чиновников.",
     "в Москве (передает ТАСС) прошли обыски у чиновников"),
])
def test_a_bracket_that_credits_no_medium_is_no_layer(extractor, text, content):
    q = extractor.extract(text)[0]
    assert q.text == content and chain(q) == []


@pytest.mark.parametrize("text, mention, chain_", [
    # an outlet's name after a person's full name, in a form no case tells,
    # is whom the person told: no part of the speaker's phrase
    ("«Работы завершатся в мае», — сказал Котов «Би-би-си».", "Котов", ["Би-би-си"]),
    ("«Инфляция уже замедлилась», — сказал экономист Петр Лавров «РБК daily».", "экономист Петр Лавров",
     ["РБК daily"]),
    ("«Работы завершатся в мае», — сказал Олег Котов Reuters.", "Олег Котов", ["Reuters"]),
    # (the outlet a post belongs to comes before the name: the phrase's own)
    ("«Работы завершатся в мае», — сказал корреспондент «Би-би-си» Олег Котов.",
     "корреспондент «Би-би-си» Олег Котов", []),
])
def test_an_outlet_after_the_speakers_name_is_whom_he_told(extractor, text, mention, chain_):
    q = extractor.extract(text)[0]
    assert q.speaker.mention.text == mention and chain(q) == chain_


@pytest.mark.parametrize("text, chain_", [
    # a medium named in a sentence that quotes nothing, as the channel of any
    # verb (`в интервью X назвал`, `в беседе с X рассказал о`, `в эфире X`),
    # is the layer of the speaker's next quotes
    ("Глава Центробанка Армении Ашот Карапетян в интервью «Известиям» назвал инфляцию главной угрозой. "
     "«Мы будем повышать ставку», — сказал он.", ["Известия"]),
    ("Режиссер Павел Лунгин в беседе с «Российской газетой» рассказал о новом фильме. "
     "«Это картина о прощении», — сказал он.", ["Российская газета"]),
    ("Министр Олег Котов в эфире телеканала «Россия 24» рассказал о субсидиях. «Субсидии вырастут», — сказал он.",
     ["Россия 24"]),
    # (a subject the parse hung on the interview, `академик` an nmod of `интервью`)
    ("В интервью газете «Труд» академик Роальд Зиннурович Сагдеев назвал, сенсацию, поднятую вокруг гелия, не "
     "стоящей и выеденного яйца.\n\nАкадемик Сагдеев сказал, что реакторов нет.", ["Труд"]),
    # (a talk with people who are no medium gives none)
    ("Министр Олег Котов в беседе с фермерами обсудил урожай. «Субсидии вырастут», — сказал он.", []),
])
def test_a_medium_of_an_interview_that_quotes_nothing_is_the_next_quotes_layer(extractor, text, chain_):
    assert chain(extractor.extract(text)[0]) == chain_


@pytest.mark.parametrize("opening, chain", [
    ("Ранее Силуанов заявлял", []),
    ("Тогда Силуанов заявил", []),
    ("В прошлом году Силуанов заявлял", []),
    ("В конце января Силуанов предположил", []),
    ("В марте Силуанов заявлял", []),
    ("В 2019 году Силуанов заявлял", []),
    ("Кроме того, Силуанов заявил", ["Интерфакс"]),
])
def test_a_quote_shifted_in_time_keeps_no_relay_of_the_speaker_s_news(extractor, opening, chain):
    # `Ранее X заявлял`: said before, not passed on by the medium of his quotes in the news
    text = ("Министр финансов Антон Силуанов заявил «Интерфаксу», что бюджет исполнен. «Дефицита не будет», — "
            f"сказал Силуанов. {opening}, что налоги не вырастут.")
    quote = next(q for q in extractor.extract(text) if q.text.startswith("налоги"))
    assert [c.name for c in quote.chain] == chain


def test_a_time_word_inside_the_words_shifts_nothing(extractor):
    text = ("Министр финансов Антон Силуанов заявил «Интерфаксу», что бюджет исполнен. «Дефицита не будет. "
            "Тогда и налоги не вырастут», — сказал Силуанов.")
    quote = next(q for q in extractor.extract(text) if q.type == "direct")
    assert [c.name for c in quote.chain] == ["Интерфакс"]


@pytest.mark.parametrize("text", [
    # `«Ъ»` is the Kommersant: its `собеседники издания` and `источник издания` speak through it
    "Россию не пригласили на саммит, сообщает «Ъ». По словам собеседников издания в дипломатических кругах, "
    "«на приглашение и не рассчитывали».",
    "Россию не пригласили на саммит, сообщает «Ъ». «Мы не будем напрашиваться», - заявил источник издания "
    "в дипломатических кругах.",
])
def test_the_kommersants_short_name_is_an_outlet_its_sources_speak_through(extractor, text):
    quote = extractor.extract(text)[-1]
    assert [layer.name for layer in quote.chain] == ["Ъ"]


@pytest.mark.parametrize("second, chain_", [
    # a statement to the press is no more of the words a source passed on
    ("В ответ Петров сообщил журналистам, что бизнес не пострадает.", []),
    ("В ответ Петров сказал репортерам, что бизнес не пострадает.", []),
    # without the press, the source's relay goes on
    ("В ответ Петров сказал, что бизнес не пострадает.", ["источник в мэрии"]),
])
def test_a_statement_to_the_press_is_not_relayed_by_a_source(extractor, second, chain_):
    text = f"«У нас изгоев нет», — передал источник в мэрии слова мэра Ивана Петрова. {second}"
    assert chain(extractor.extract(text)[-1]) == chain_


def test_an_outlets_relay_goes_on_to_a_statement_to_the_press(extractor):
    text = ("«У нас изгоев нет», — заявил мэр Иван Петров, передает «Интерфакс». "
            "Петров сообщил журналистам, что бизнес не пострадает.")
    assert chain(extractor.extract(text)[-1]) == ["Интерфакс"]


@pytest.mark.parametrize("second", [
    "Тем не менее 30 августа Порошенко заявил, что план поможет.",
    "Однако 4 марта Порошенко заявил, что план поможет.",
])
def test_a_quote_of_another_date_keeps_no_relay_of_the_speaker_s_news(extractor, second):
    text = f"«Договоренность достигнута», — цитирует РБК президента Украины Петра Порошенко. {second}"
    quote = next(q for q in extractor.extract(text) if q.text.startswith("план"))
    assert chain(quote) == []


def test_what_об_этом_takes_up_keeps_the_time_of_its_own_sentence(extractor):
    text = ("«Договоренность достигнута», — цитирует РБК президента Украины Петра Порошенко. Тем не менее 30 августа "
            "Порошенко заявил, что план поможет. Об этом украинский лидер заявил в ходе брифинга в Брюсселе.")
    assert all(chain(q) == [] for q in extractor.extract(text) if q.text.startswith("план"))


def test_a_statement_to_the_press_keeps_the_outlet_over_the_source(extractor):
    text = ("«У нас изгоев нет», — передал источник в мэрии слова мэра Ивана Петрова, сообщает ТАСС. В ответ Петров "
            "сообщил журналистам, что бизнес не пострадает. Он также добавил, что налоги снизят.")
    quotes = extractor.extract(text)
    assert [chain(q) for q in quotes[1:]] == [["ТАСС"], ["ТАСС"]]


@pytest.mark.parametrize("after, chain_", [
    # the `об этом` sentence's own time
    ("Стороны подпишут соглашение о мире. Ранее об этом заявлял Порошенко.", []),
    # the words' own time is no shift of the report
    ("Позднее стороны подпишут соглашение. Об этом Порошенко заявил на брифинге.", ["РБК"]),
])
def test_об_этом_is_timed_by_its_sentence_or_a_report_it_takes_up(extractor, after, chain_):
    text = f"«Договоренность достигнута», — цитирует РБК президента Украины Петра Порошенко. {after}"
    assert chain(extractor.extract(text)[-1]) == chain_


@pytest.mark.parametrize("medium, layer", [
    # the medium's verb after the comma relays the `об этом` report before it
    ("пишет «Коммерсант»", "Коммерсант"),
    ("пишет Лента.ру", "Лента.ру"),
    ("передает ТАСС", "ТАСС"),
])
def test_a_medium_after_an_об_этом_report_relays_it(extractor, medium, layer):
    text = f"Радиостанция прекратит вещание. Об этом сообщил главный редактор Алексей Венедиктов, {medium}."
    quotes = extractor.extract(text)
    assert len(quotes) == 1 and quotes[0].speaker.name == "Алексей Венедиктов" and chain(quotes[0]) == [layer]


def test_a_floating_quote_keeps_the_layers_of_the_quote_it_goes_on_from(extractor):
    # the speech of another date has no relay of the speaker's news; the
    # quote that goes on from it has none either
    text = ("«Реформа нужна», — сказал президент Иван Петров, сообщает ТАСС.\n\n"
            "18 марта 2014 года телевизионное обращение президента: «Мы не оставим людей в беде». "
            "«Нужно было помочь создать условия для мирного волеизъявления».")
    quotes = extractor.extract(text)
    assert [(q.speaker.name, chain(q)) for q in quotes] == [
        ("Иван Петров", ["ТАСС"]), ("Иван Петров", []), ("Иван Петров", [])]


@pytest.mark.parametrize("tail, relays", [
    # an interview published by a medium, or given to it, is heard through it
    ("в интервью, опубликованном в четверг на сайте РТС", ["РТС"]),
    ("в интервью, опубликованном в газете «Коммерсант»", ["Коммерсант"]),
    ("в интервью, данном телеканалу CNN", ["CNN"]),
    # a time or a place after the participle is no medium
    ("в интервью, опубликованном в прошлом году", []),
    ("в интервью, данном в Белграде", []),
    ("в интервью, опубликованном на сайте правительства", []),
])
def test_an_interview_published_or_given_names_its_medium(extractor, tail, relays):
    quote = extractor.extract(f"«Сербия должна решить вопрос с Косово», - сказал Фил Гордон {tail}.")[0]
    assert chain(quote) == relays


def test_an_interview_published_by_a_medium_before_a_that_clause(extractor):
    text = ("Актер Арнольд Шварценеггер признался в интервью, опубликованном в издании The Washington Post, "
            "что сеансы терапии помогли ему.")
    assert chain(extractor.extract(text)[0]) == ["The Washington Post"]



@pytest.mark.parametrize("text, relays", [
    # a generic medium noun is the medium named since the one heard last, nearer
    ("По данным РБК, правительство готовит запрет. Один из собеседников Forbes в правительстве назвал решение "
     "ошибкой. По словам собеседника издания, запрет введут в мае.", ["Forbes"]),
    ("Как сообщает ТАСС, мэр уйдет в отставку. Отставку обсуждают и в редакции «Коммерсанта». "
     "Собеседник газеты уточнил, что преемник уже выбран.", ["Коммерсант"]),
])
def test_a_generic_medium_noun_is_the_medium_named_since_the_one_heard(extractor, text, relays):
    assert chain(extractor.extract(text)[-1]) == relays


def test_a_translator_credited_beside_the_medium_heard_is_not_the_one_meant(extractor):
    text = ("Армия стала непопулярной, пишет Süddeutsche Zeitung (перевод на сайте Inopressa.ru). "
            "Призыв сокращается, пишет издание.")
    assert extractor.extract(text)[-1].speaker.name == "Süddeutsche Zeitung"


@pytest.mark.parametrize("medium", ["Лента.ру", "Фонтанка.ру", "Газета.ru"])
def test_a_site_named_with_its_domain_is_one_layer(extractor, medium):
    # the tokenizer splits `Лента.ру` at its dot: the layer is the whole name
    quote = extractor.extract(f"«Мы не отдадим острова», — цитирует {medium} японского чиновника.")[0]
    assert chain(quote) == [medium]


# the words of a speech noun a verb of citing governs are relayed by who cites
# them, or by where they are cited
@pytest.mark.parametrize("text, fragment, speaker, layers", [
    ("Газета The Financial Times пишет об отставке. Газета приводит мнение аналитика Маши Липман, "
     "которая полагает, что Кремль ослаб.", "Кремль ослаб", "Маша Липман", ["The Financial Times"]),
    ("Агентство Reuters приводит оценку экономиста Анны Ивановой, которая считает, что рубль ослабнет.",
     "рубль ослабнет", "Анна Иванова", ["Reuters"]),
    ("Газета Le Figaro пишет, что Кремль готовит отставку. В статье также цитируется замечание политолога "
     "Михаила Виноградова о том, что премьер ослаб.", "премьер ослаб", "Михаил Виноградов", ["Le Figaro"]),
    ("Пресс-центр правительства области распространил сообщение о пожаре. \"Ситуация очень сложная\", - "
     "приводятся в сообщении слова начальника управления Николая Коева.", "Ситуация", "Николай Коев",
     ["Пресс-центр правительства области"]),
])
def test_a_medium_citing_a_speech_noun_relays_it(extractor, text, fragment, speaker, layers):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker and chain(q) == layers


def test_a_speech_noun_under_another_verb_has_no_relay(extractor):
    # `поддержал мнение X, что P`: the one who agrees relays nothing
    [q] = extractor.extract("Депутат Иван Петров поддержал мнение эксперта Анны Ивановой, что премьер ослаб.")
    assert q.speaker.name == "Анна Иванова" and chain(q) == []


@pytest.mark.parametrize("text, layers", [
    ("Бывший канцлер Гельмут Коль резко отреагировал на критику. Журнал \"Шпигель\" приводит его слова: "
     "\"Среди демократов некоторые вещи недопустимы\".", ["Шпигель"]),
    # (the passive: where the words are cited, the name whole however parsed)
    ("Бывший канцлер Гельмут Коль резко отреагировал на критику. В журнале Гессенского радио приводятся его "
     "слова: \"Среди демократов некоторые вещи недопустимы\".", ["журнал Гессенского радио"]),
])
def test_the_possessive_on_the_cited_words_is_their_speaker(extractor, text, layers):
    q = by_text(extractor.extract(text), "Среди демократов")
    assert q.speaker.name == "Гельмут Коль" and chain(q) == layers


@pytest.mark.parametrize("text, speaker, layers", [
    # a translator passes the words on, as one who cites them does
    ("Женщина обратилась к журналистам. \"Мы это видео сняли для семейного архива\", - перевел слова женщины "
     "\"Кавказский узел\".", "женщина", ["Кавказский узел"]),
    # a quoted name opening with its adjective after the one cited is the medium
    ("Резиденцию окружают сады, цитирует французских журналистов \"Украинская правда\".",
     "французские журналисты", ["Украинская правда"]),
])
def test_the_medium_after_the_one_cited_relays(extractor, text, speaker, layers):
    q = extractor.extract(text)[-1]
    assert q.speaker.name.lower() == speaker and chain(q) == layers


@pytest.mark.parametrize("text, speaker, layers", [
    # a gerund's report is its verb's: the institution in `в X` speaks, the medium hears
    ("В полиции РИА Новости отказались сообщить подробности, сказав, что расследование продолжается.",
     "полиция", ["РИА Новости"]),
    ("В МЧС ТАСС отказались назвать число жертв, пояснив, что данные уточняются.", "МЧС", ["ТАСС"]),
])
def test_a_gerund_after_an_institution_told_a_medium(extractor, text, speaker, layers):
    [q] = extractor.extract(text)
    assert q.speaker.name.lower() == speaker.lower() and chain(q) == layers


def test_a_medium_after_an_institution_is_no_part_of_its_name(extractor):
    # `В МВД ТАСС рассказали`: NER's `МВД`, the medium told after it
    [q] = extractor.extract("В МВД ТАСС рассказали, что задержаны двое.")
    assert q.speaker.name == "МВД" and chain(q) == ["ТАСС"]


def test_a_gerund_after_a_medium_subject_stays_the_mediums(extractor):
    # (the medium is the doer where no institution is named)
    [q] = extractor.extract("РИА Новости обратилось в полицию, сказав, что расследование продолжается.")
    assert q.speaker.name == "РИА Новости" and chain(q) == []


def test_whom_a_group_told_before_hears_its_later_words(extractor):
    # the group that told the medium, taken up later by another noun
    text = ('Телеканал "Дождь" выпустил материал о рейтингах. Практику "Дождю" подтвердили несколько источников. '
            'Рейтинги отправляют в Кремль, утверждают собеседники.')
    q = extractor.extract(text)[-1]
    assert q.speaker.name == "несколько источников" and chain(q) == ["Дождь"]


@pytest.mark.parametrize("text, chain", [
    # outlets the lexicon knows by name (grammars/entities.toml), told in the dative
    # whatever case the tagger gives a name that does not decline
    ("Заседание перенесено на март, сообщили РАПСИ в Мосгорсуде.", ["РАПСИ"]),
    ("Бирюков заявил «ОВД-Инфо», что его задержали без объяснений.", ["ОВД-Инфо"]),
    ("Матч перенесен, сообщил \"Р-Спорт\" представитель клуба.", ["Р-Спорт"]),
])
def test_outlets_known_by_name_are_whom_the_speaker_told(extractor, text, chain):
    [quote] = extractor.extract(text)
    assert [layer.name for layer in quote.chain] == chain


@pytest.mark.parametrize("text, speaker, chain", [
    ("Решение будет принято в мае, объяснил \"Коммерсанту-FM\" депутат Иван Петров.", "Иван Петров",
     ["Коммерсант-FM"]),
    ("Председатель комиссии Максим Шеметов объяснил \"Коммерсанту-FM\", что в новой норме нет необходимости.",
     "Максим Шеметов", ["Коммерсант-FM"]),
])
def test_a_hyphenated_medium_in_the_dative_is_the_layer_told(extractor, text, speaker, chain):
    # the tagger reads `Коммерсанту-FM` as a nominative object: its dative shows in the Cyrillic part
    (quote,) = extractor.extract(text)
    assert quote.speaker.name == speaker and [r.name for r in quote.chain] == chain


def test_a_medium_a_verb_takes_in_another_case_is_no_layer(extractor):
    (quote,) = extractor.extract("Депутат опроверг \"Коммерсант-FM\" и заявил, что закон примут.")
    assert list(quote.chain) == []
