"""Direct speech in every Russian layout, on sentences in news style."""

import pytest


def only(extractor, text):
    quotes = extractor.extract(text)
    assert len(quotes) == 1, [q.to_dict() for q in quotes]
    return quotes[0]


def test_quote_then_dash_author(extractor):
    q = only(extractor, "«Визит имеет историческое значение», — сказал Trend политолог Азер Гараев.")
    assert q.type == "direct"
    assert q.text == "Визит имеет историческое значение"
    assert q.cue.text == "сказал"
    assert q.speaker.mention.text == "политолог Азер Гараев"
    assert q.speaker.name == "Азер Гараев"
    assert q.rule == "direct.after"


def test_straight_quotes_and_hyphen_as_dash(extractor):
    text = '"Цены на жилье в этом году не вырастут", - сказал аналитик банка Сергей Петров.'
    q = only(extractor, text)
    assert q.text == "Цены на жилье в этом году не вырастут"
    assert q.cue.text == "сказал"
    assert q.speaker.name == "Сергей Петров"


def test_en_dash_and_exclamation_inside_marks(extractor):
    q = only(extractor, "«Мы не отступим!» – заявила председатель профсоюза Анна Смирнова.")
    assert q.text == "Мы не отступим!"
    assert q.cue.text == "заявила"
    assert q.speaker.name == "Анна Смирнова"


def test_question_and_exclamation_then_dash(extractor):
    q = only(extractor, "«Кто ответит за это?!» — спросил депутат Игорь Лебедев.")
    assert q.text == "Кто ответит за это?!"
    assert q.cue.text == "спросил"


def test_split_quote_is_one_quote_with_two_spans(extractor):
    text = "«Мы готовы к переговорам, — сказал министр Олег Фомин, — но только на наших условиях»."
    q = only(extractor, text)
    assert [text[s.start:s.end] for s in q.spans] == [
        "Мы готовы к переговорам", "но только на наших условиях"]
    assert q.cue.text == "сказал"
    assert q.speaker.name == "Олег Фомин"
    assert q.rule == "direct.split"


def test_split_quote_with_full_stop(extractor):
    text = "«Решение принято. — пояснил губернатор. — Дальше будем работать»."
    q = only(extractor, text)
    assert len(q.spans) == 2
    assert q.cue.text == "пояснил"


@pytest.mark.parametrize("text, relay", [
    ("«Это признак важного шага, — сказал Реджеп Эрдоган. — Мы хотим, чтобы бизнесмены осуществляли общие "
     "проекты», — цитирует слова турецкого премьер-министра пресс-служба президента Украины.",
     "пресс-служба президента Украины"),
    ("«Это признак важного шага, — сказал Эрдоган. — Мы хотим общих проектов», — передает РИА Новости.",
     "РИА Новости"),
    ("«Решение принято, — пояснил губернатор. — Дальше будем работать», — сообщила пресс-служба "
     "администрации области.", "пресс-служба администрации области"),
    # (the speaker himself again: no relay)
    ("«Это признак важного шага, — сказал Эрдоган. — Мы хотим общих проектов», — написал он в Twitter.", None),
])
def test_a_relay_after_a_split_quote_is_its_chain(extractor, text, relay):
    # the speaker is named inside the marks: a relay verb after them passes the
    # words on, and its subject reports no words of its own
    q = only(extractor, text)
    assert q.rule == "direct.split" and [c.name for c in q.chain] == ([relay] if relay else [])


def test_author_then_colon(extractor):
    text = "Глава Минфина Антон Силуанов заявил: «Бюджет будет исполнен полностью»."
    q = only(extractor, text)
    assert q.text == "Бюджет будет исполнен полностью"
    assert q.cue.text == "заявил"
    assert q.speaker.name == "Антон Силуанов"
    assert q.rule == "direct.colon"


def test_author_colon_and_author_after(extractor):
    text = "Мэр Ирина Орлова ответила: «Мост откроют в мае», — добавила она."
    q = only(extractor, text)
    assert q.text == "Мост откроют в мае"
    assert q.cue.text == "добавила"


def test_dialogue_line_opened_by_dash(extractor):
    text = "— Мы справимся с паводком, — сказал глава района Павел Зуев. — Помощь уже идет."
    q = only(extractor, text)
    assert [text[s.start:s.end] for s in q.spans] == ["Мы справимся с паводком", "Помощь уже идет"]
    assert q.speaker.name == "Павел Зуев"


def test_multi_paragraph_quote_left_open(extractor):
    text = ('Эксперт высказался подробно. "Рынок растет второй год подряд.\n\n'
            'Инвесторы возвращаются, и это заметно", - сказал экономист Виктор Гусев.')
    q = only(extractor, text)
    assert q.text == "Рынок растет второй год подряд.\n\nИнвесторы возвращаются, и это заметно"
    assert q.speaker.name == "Виктор Гусев"


def test_multi_paragraph_quote_with_repeated_opening_marks(extractor):
    text = ("«Первый этап завершен.\n«Второй начнется весной.\n"
            "«Третий займет два года», — сказал директор завода Илья Карпов.")
    q = only(extractor, text)
    assert len(q.spans) == 3
    assert q.cue.text == "сказал"


def test_names_and_titles_in_marks_are_not_quotes(extractor):
    text = ("Компания «Газпром» и газета \"Коммерсант\" обсудили фильм «Брат». "
            "Об этом сообщило РИА \"Новости\".")
    assert [q for q in extractor.extract(text) if q.type == "direct"] == []


def test_nested_direct_quote_gets_parent(extractor):
    text = ("«Люди говорят мне: „Мы устали ждать“, и я их понимаю», — сказал "
            "депутат Роман Белов.")
    quotes = extractor.extract(text)
    outer = next(q for q in quotes if q.text.startswith("Люди"))
    inner = next(q for q in quotes if q.text == "Мы устали ждать")
    assert inner.parent == quotes.index(outer)
    assert inner.cue.text == "говорят"


def test_unbalanced_marks_do_not_lose_later_quotes(extractor):
    text = ("Компания «Ромашка объявила о банкротстве.\n\n"
            "«Мы выплатим все долги», — сказал ее директор Юрий Мельников.")
    q = only(extractor, text)
    assert q.text == "Мы выплатим все долги"


def test_speaker_name_in_nominative(extractor):
    text = "«Санкции не помогут», — сказал журналистам Ильхам Алиев."
    q = only(extractor, text)
    assert q.speaker.name == "Ильхам Алиев"
    text = "«Санкции не помогут», — цитирует агентство Ильхама Алиева."
    assert "Алиев" in (only(extractor, text).speaker.name or "")


def test_floating_quote_inherits_the_speaker(extractor):
    text = ("«Мы начнем стройку летом», — сказал мэр Олег Сидоров.\n\n"
            "«Деньги на нее уже выделены из бюджета области».")
    quotes = extractor.extract(text)
    assert len(quotes) == 2
    assert quotes[1].rule == "direct.floating"
    assert quotes[1].speaker.name == "Олег Сидоров"


def test_a_quote_that_opens_with_a_quoted_name_is_one_direct_quote(extractor):
    text = ("Фонд представил новые данные. «Спутник V» — это лучшая вакцина, и мы будем ее производить», — "
            "заявил глава фонда Кирилл Дмитриев.")
    quotes = [q for q in extractor.extract(text) if q.type == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Спутник V» — это") and quotes[0].speaker.name == "Кирилл Дмитриев"


@pytest.mark.parametrize("text", [
    'В отношении директора еще одной компании - "Стройиндустрии-С" - Петра Иванова было возбуждено уголовное дело.',
    'Обладателями главной награды - "Лучший спектакль" - стали артисты из Петербурга.',
    "Лишь одной радиостанции — «Эхо Москвы» — удавалось сохранить независимость.",
])
def test_a_name_between_dashes_inside_a_sentence_is_no_quote(extractor, text):
    # a word before the dash: the quoted name is set off, nobody speaks it
    assert extractor.extract(text) == []


@pytest.mark.parametrize("text", [
    'Он вышел к журналистам. - "Мы ничего не скрываем", - улыбнулся министр.',
    "«Мы ничего не скрываем» — улыбнулся министр.",
])
def test_a_quote_opening_a_sentence_before_an_unlisted_verb_stays(extractor, text):
    assert [q.speaker.name for q in extractor.extract(text)] == ["министр"]


@pytest.mark.parametrize("text, cue", [
    # the author's comment after the dash (no subject in it) is no verb of
    # saying: the colon's verb says the words
    ('Он сказал: "Здрасте, я пришел" - так не бывает.', "сказал"),
    ("Министр ответил: «Мы ничего не скрываем» — так уже бывало, если вспомнить прошлый год.", "ответил"),
    # a subject in the author's words keeps the verb, whatever the tagger's case
    ('"О какой группе тут идет речь?" - уже целенаправленно начала запугивать школьников Свеклова.', "начала"),
])
def test_an_unlisted_verb_after_the_quote_needs_a_doer(extractor, text, cue):
    assert [q.cue.text for q in extractor.extract(text)] == [cue]


@pytest.mark.parametrize("text, speaker", [
    # a quote after a colon that closes a reported clause goes on with the
    # reporter's words, not the words of a verb inside the clause
    ("Министр заявил, что украинская сторона не собирается просить о помощи: «Мы справимся сами».", "Министр"),
    ("Ученый отметил, что весь опыт борьбы с эпидемиями показывает: \"никакие меры не помогут\".", "Ученый"),
    # … a person the subject of the clause, no verb of speech there
    ("Эколог Иван Петров заявил, что Медведев так и не подписал закон: «Только так лес удастся спасти».",
     "Иван Петров"),
    ("В Greenpeace обращают внимание, что закон о лесах Медведев так и не подписал: «Только так лес удастся "
     "спасти».", "Greenpeace"),
    ("Эколог Иван Петров отметил, что министр оказался не готов к разговору: «Только так лес удастся спасти».",
     "Иван Петров"),
])
def test_a_quote_after_a_reported_clause_is_the_reporters(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.type == "direct" and quote.speaker.name == speaker


@pytest.mark.parametrize("text, cue, mention", [
    # the clause ends at the colon; the quote after it is a sentence of the
    # reporter's own, under his cue, and the clause stays his indirect quote
    ("Глава района Иван Петров заявил, что дорогу починят к лету: «Работы начнутся в мае».", "заявил",
     "Глава района Иван Петров"),
    ("Эксперт Вадим Соколов предположил, что это подготовка к выборам: \"Людей надо чем-то занять\".",
     "предположил", "Эксперт Вадим Соколов"),
    ("Депутат Ольга Ким согласилась, что реформа нужна: «Без нее мы не справимся».", "согласилась",
     "Депутат Ольга Ким"),
    ("Министр заявил, что украинская сторона не собирается просить о помощи: «Мы справимся сами».", "заявил",
     "Министр"),
])
def test_a_quote_after_a_reported_clause_shares_its_cue(extractor, text, cue, mention):
    indirect, direct = extractor.extract(text)
    assert indirect.type == "indirect" and direct.type == "direct"
    assert indirect.cue.text == direct.cue.text == cue
    assert direct.speaker.mention.text == mention


def test_a_quoted_word_closing_the_clause_is_no_sentence_of_its_own(extractor):
    text = "Тренер сказал, что у команды осталось одно желание: «победить»."
    assert [q.type for q in extractor.extract(text)] != ["indirect", "direct"]


def test_a_report_inside_the_clause_keeps_its_quote(extractor):
    # `генерал ответил журналистам: «…»`: the general's report of his own
    text = "Министр сообщил, что генерал ответил журналистам: «Мы готовы»."
    assert extractor.extract(text)[-1].speaker.mention.text == "генерал"


def _tagged(doc, word: str, upos: str):
    import attrs

    tokens = tuple(attrs.evolve(t, upos=upos) if t.text == word else t for t in doc.tokens)
    return attrs.evolve(doc, tokens=tokens)


def test_a_verb_the_tagger_read_as_a_noun_is_still_a_cue(extractor):
    # the tagger read `подытожила` as a noun in `«…», - подытожила Челышева`;
    # the dictionary knows the word only as a verb
    doc = _tagged(extractor.backend.parse("«Работа окончена», - подытожила Смирнова."), "подытожила", "NOUN")
    [q] = extractor.extract_parsed(doc).quotes
    assert (q.text, q.cue.text, q.speaker.name) == ("Работа окончена", "подытожила", "Смирнова")


def test_a_participle_read_as_a_noun_stays_a_noun(extractor):
    doc = _tagged(extractor.backend.parse("Задержан подозреваемый в краже."), "подозреваемый", "NOUN")
    assert extractor.extract_parsed(doc).quotes == ()


@pytest.mark.parametrize("text, speaker", [
    # a finite verb opening the author's words between the dashes of a split
    # quote, with a subject after it, reports whatever the verb
    ("«Это провал, — отреагировал блогер Антон Носик. — Бюджет снова не исполнен».", "Антон Носик"),
    ("«Это провал, — возразил ему Орлов. — Бюджет снова не исполнен».", "Орлов"),
])
def test_a_split_quote_with_a_verb_out_of_the_lexicon(extractor, text, speaker):
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == speaker and quote.text == "Это провал … Бюджет снова не исполнен"


@pytest.mark.parametrize("text, mention, medium", [
    # a medium's name in marks before the colon is no quote that ends the author's words
    ("Романович заявил «Коммерсанту»: «Это было не выдвижение, а старт обсуждения».", "Романович", "Коммерсант"),
    ("Об этом губернатор рассказал \"Известиям\": \"Дорогу откроют в мае\".", "губернатор", "Известия"),
    ("Сам Романович в беседе с «Коммерсантом» не подтвердил свое выдвижение: «Это был лишь старт обсуждения».",
     "Сам Романович", "Коммерсант"),
    ("Министр в интервью «Ведомостям» заявил: «Налоги не вырастут».", "Министр", "Ведомости"),
    # (a comma of an opening word or an apposition is no trailing report's)
    ("Кроме того, Романович заявил «Коммерсанту»: «Это было не выдвижение».", "Романович", "Коммерсант"),
    ("В понедельник, 5 мая, губернатор рассказал «Известиям»: «Дорогу откроют в мае».", "губернатор", "Известия"),
])
def test_a_colon_quote_after_a_medium_named_in_marks(extractor, text, mention, medium):
    quote = extractor.extract(text)[0]
    assert quote.speaker.mention.text == mention and [r.name for r in quote.chain] == [medium]


def test_a_trailing_report_before_a_medium_in_marks_keeps_its_words(extractor):
    # `P, сообщил РИА «Новости» X: «Q»`: P stays X's report of its own
    text = ("Комиссия назовет причину аварии до вторника, сообщил РИА \"Новости\" руководитель полетом Владимир "
            "Соловьев: \"О причинах говорить рано\".")
    quotes = extractor.extract(text)
    assert [q.text for q in quotes] == ["Комиссия назовет причину аварии до вторника", "О причинах говорить рано"]
    assert {q.speaker.name for q in quotes} == {"Владимир Соловьев"}


@pytest.mark.parametrize("text, mention", [
    # a conjunct verb before the colon shares the subject of the verb before
    # the quoted words between them, however the parse split the sentence
    ("В разговоре с журналистами певица попросила не называть ее словами «великая», «легендарная» и попросила: "
     "«Пишите просто: Анна Петрова».", "певица"),
    ("Министр назвал проект «сырым», «опасным» и добавил: «Мы его не поддержим».", "Министр"),
])
def test_a_conjunct_before_the_colon_shares_the_subject_before_quoted_words(extractor, text, mention):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.mention.text == mention


def test_a_conjunct_before_the_colon_takes_no_subject_inside_quoted_words(extractor):
    quote = extractor.extract("«Жильцы получат новые квартиры до конца года», — заверили журналистов и добавили: "
                              "«Дом уже строится».")[-1]
    assert quote.speaker is None or quote.speaker.mention is None or "Жильцы" not in quote.speaker.mention.text


@pytest.mark.parametrize("label", ["Вячеслав Бутусов", "Андрей Макаревич"])
def test_a_name_alone_before_the_colon_labels_the_words(extractor, label):
    text = ("Музыканты записали обращение.\n\nБорис Гребенщиков: \"Мы все знаем, что находимся в тяжелом положении\"."
            f"\n\n{label}: \"Я обращаюсь не только к нашим близким людям в Украине\".")
    assert extractor.extract(text)[-1].speaker.name == label


def test_a_name_and_a_colon_in_a_columns_headline_is_its_title(extractor):
    text = ("Дмитрий Петров: \"Рынок всегда прав\"\n\n\"Биржа снова упала. Никто не знает, что будет завтра, "
            "но паниковать рано\".")
    assert not any(q.speaker and q.speaker.name == "Дмитрий Петров" for q in extractor.extract(text))


_CHRONICLE = "Президент Иван Петров не раз говорил о реформе. «Реформа нужна», — сказал он в январе.\n\n"


@pytest.mark.parametrize("label, speaker", [
    # a speech event named as a heading: its owner in the genitive, the one it is held with
    ("18 марта 2014 года телевизионное обращение президента", "Иван Петров"),
    ("4 декабря 2014 года, Послание губернатора Александра Беглова Законодательному собранию", "Александр Беглов"),
    ("18 апреля 2014 года, прямая линия с Олегом Лисом", "Олег Лис"),
    ("Интервью с министром финансов Олегом Лисом", "Олег Лис"),
    # no one named: the chronicle's speaker goes on
    ("24 октября 2014 года, выступление на заседании клуба «Валдай»", "Иван Петров"),
])
def test_a_speech_event_as_a_heading_labels_the_words_after_its_colon(extractor, label, speaker):
    quotes = extractor.extract(_CHRONICLE + f"{label}: «Мы не можем оставить людей в беде». "
                                            "«Нужно было помочь создать условия для мирного волеизъявления».")
    assert [q.speaker.name for q in quotes[1:]] == [speaker, speaker]


@pytest.mark.parametrize("label", [
    # a verb in the label, a meeting with listeners, a line that is no broadcast
    "На встрече с журналистами президент отвечал на вопросы",
    "Линия с Олегом Лисом",
])
def test_no_speech_event_heading_without_its_form(extractor, label):
    quotes = extractor.extract(_CHRONICLE + f"{label}: «Мы не можем оставить людей в беде».")
    assert not any(q.rule == "direct.colon.event" for q in quotes)


@pytest.mark.parametrize("quoted, speaker", [
    # whose an institution quoted is, is not who speaks
    ("пресс-службу Порошенко", "пресс-служба Порошенко"),
    ("пресс-службу президента Украины", "пресс-служба президента Украины"),
    ("пресс-службу губернатора Ивана Петрова", "пресс-служба губернатора Ивана Петрова"),
    # a person quoted with his post stays the person
    ("министра обороны Сергея Шойгу", "Сергей Шойгу"),
])
def test_a_quoted_institution_speaks_not_whose_it_is(extractor, quoted, speaker):
    quote = extractor.extract(f"«Договоренность достигнута», — цитирует РБК {quoted}.")[-1]
    assert quote.speaker.name == speaker


def test_a_statement_of_a_body_quoted_by_an_outlet_with_a_dotted_name(extractor):
    # (`ру` of `Лента.ру` is the outlet's, not whom it quotes)
    quote = extractor.extract("«Мы не можем оставаться в стороне», — цитирует Лента.ру заявление крупного "
                              "объединения поклонников клуба.")[-1]
    assert quote.speaker.name.startswith("крупное объединение") and [c.name for c in quote.chain] == ["Лента.ру"]
