"""Constructions of the thirty-ninth session, each with sentences of our
own: variations that failed before the change and controls that must not
move."""

import pytest


def spans_text(text, quote):
    return [text[s.start:s.end] for s in quote.spans]


@pytest.mark.parametrize("text, speaker", [
    # a participle before its noun, or a numeral, in a second post before the name
    ("Секретарь Союза журналистов России, один из авторов действующего закона о СМИ Михаил Федотов считает, "
     "что решение суда сомнительно.", "Михаил Федотов"),
    ("Глава фонда, бывший руководитель обанкротившегося банка Игорь Сечин заявил, что претензий нет.",
     "Игорь Сечин"),
    ("Начальник штаба, командир одного из прибывших самолетов Валерий Крузе сообщил, что все живы.",
     "Валерий Крузе"),
    # (controls: a post of nouns alone; a participle's clause of its own between commas)
    ("Бывший военный, командир 58-й армии Анатолий Хрулев заявил, что войска отведены.", "Анатолий Хрулев"),
    ("Министр, уволенный в прошлом году, Иван Петров заявил, что невиновен.", "Иван Петров"),
])
def test_a_second_post_with_a_participle_or_numeral_reaches_the_name(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a finite verb the tagger called a noun is no speaker: the name before the participle is
    ("Вместе с тем Мамонтов, прославившийся тем, что разослал в СМИ все так называемые \"письма Френкеля\", "
     "еще раз подтвердил, что считает банкира виновным.", "Мамонтов"),
    # the clause after `тем, что` ends before the verb, whose subject lies before it
    ("Петров, известный тем, что критикует власти, заявил, что уйдет в отставку.", "Петров"),
    ("Мамонтов, прославившийся тем, что разослал письма, подтвердил, что считает банкира виновным.", "Мамонтов"),
    # (controls: a complementizer's clause the verb lies in)
    ("Министр сообщил, что цены вырастут, заявил источник.", "источник"),
])
def test_the_subject_before_a_participle_with_a_clause_of_its_own(extractor, text, speaker):
    quote = next(q for q in extractor.extract(text) if q.cue.text in ("подтвердил", "заявил"))
    assert quote.speaker.name == speaker
    assert quote.speaker.mention is not None and quote.speaker.mention.text == speaker


@pytest.mark.parametrize("text, speaker", [
    # an abbreviation the parse makes the subject agrees in either gender
    ("После того, как ФИФА объявил, что накажет защитника сборной Бразилии, тот извинился.", "ФИФА"),
    ("ФИФА объявила, что накажет защитника.", "ФИФА"),
    # (controls: beside a subject that agrees, the abbreviation is not taken;
    # nor is one guessed among the clause's nouns)
    ("Касаясь планов участия в президентских выборах в 2008 году РПЖ, ее лидер не исключил, "
     "что партия может выдвинуть своего кандидата.", "ее лидер"),
    ("В то же время обвинение попросило освободить их от наказания за хищение акций \"Восточной нефтяной "
     "компании\"(ВНК) из-за истечения сроков давности, хотя настаивало на том, что их виновность доказана.",
     "обвинение"),
])
def test_an_abbreviation_subject_agrees_in_either_gender(extractor, text, speaker):
    quote = next(q for q in extractor.extract(text) if q.cue.text in ("объявил", "объявила", "не исключил", "настаивало"))
    assert quote.speaker.name == speaker
    assert quote.speaker.mention is not None and quote.speaker.mention.text == speaker


@pytest.mark.parametrize("text, speaker", [
    # a cue whose noun is its verb's subject shares no subject with a verb before it
    ("В Москве закрыли на карантин детский сад при школе номер 2051, но в Сети появилась информация, "
     "что речь идет об эпидемии дизентерии.", "Сеть"),
    ("В Москве закрыли на карантин детский сад при школе номер 2051, но в интернете появилась информация, "
     "что речь идет об эпидемии.", "интернет"),
    ("В Москве закрыли детский сад при школе номер 2051, и в дежурную часть поступило сообщение о том, "
     "что речь идет об эпидемии.", None),
    ("Полиция задержала подозреваемого, но у следствия появилась информация, что он невиновен.", None),
    # (controls: its source after `от`; a sentence of its own)
    ("Власти объявили карантин, а от врачей поступила информация о том, что вирус опасен.", "врачи"),
    ("Детский сад закрыли. В Сети появилась информация, что речь идет об эпидемии.", "Сеть"),
])
def test_a_cue_whose_noun_is_the_subject_shares_no_subject(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # `согласно` with a name that shows no case, alone or after an account noun
    ("Согласно comScore, в мае этого года на сайты поисковика зашло более 1 млрд человек.", "comScore"),
    ("Согласно данным comScore, в мае на сайты поисковика зашло более 1 млрд человек.", "comScore"),
    ("Согласно исследованию comScore, в мае на сайты зашло более 1 млрд человек.", "comScore"),
    # (controls: a name in the genitive; `по данным`)
    ("Согласно данным Росстата, в мае цены выросли.", "Росстат"),
    ("По данным comScore, в мае на сайты поисковика зашло более 1 млрд человек.", "comScore"),
])
def test_soglasno_a_name_that_shows_no_case(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a gerund's cue with no subject goes on with the subject before its verb's
    ("Иван Петров вернулся из отпуска. Однако считает его коротким, отмечая, что \"мог бы отдохнуть и подольше\".",
     "Иван Петров"),
    ("Иван Петров вернулся из отпуска. Однако назвал его коротким, отметив, что мог бы отдохнуть и подольше.",
     "Иван Петров"),
    # (controls: the verb's gender tells another; a finite verb as before)
    ("Анна Петрова вернулась. Однако назвал его коротким, отметив, что мог бы отдохнуть и подольше.", None),
    ("Иван Петров вернулся из отпуска. Однако считает, что отпуск был слишком коротким.", "Иван Петров"),
])
def test_a_gerunds_cue_goes_on_with_the_subject_before(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, first, second", [
    # a pronoun-like adjective the parse hung on the next report as a modifier is its subject:
    # the first report's words end before it, and the second is its own
    ("Одни эксперты считают, что кризис закончился, а другие возражают, что он только начинается.",
     ("кризис закончился", "Одни эксперты"), ("он только начинается", "другие")),
    ("Некоторые депутаты заявили, что закон устарел, а многие возражают, что он нужен.",
     ("закон устарел", "Некоторые депутаты"), ("он нужен", "многие")),
    ("Одни упрекают ФБР в том, что оно не занялось Тамерланом Царнаевым вплотную после его полугодового визита "
     "в Дагестан в 2012-м, другие резко возражают - мол, в то время у бюро не было для этого никаких веских причин.",
     ("оно не занялось Тамерланом Царнаевым вплотную после его полугодового визита в Дагестан в 2012-м", "Одни"),
     None),
    # (controls: a noun subject; a second report of the same speaker)
    ("Министр заявил, что цены вырастут, а его заместитель сказал, что нет.",
     ("цены вырастут", "Министр"), ("нет", "его заместитель")),
    ("Министр заявил, что цены вырастут, и предупредил, что зарплаты не вырастут.",
     ("цены вырастут", "Министр"), ("зарплаты не вырастут", "Министр")),
])
def test_others_report_after_a_comma_ends_the_first_words(extractor, text, first, second):
    quotes = extractor.extract(text)
    assert (quotes[0].text, quotes[0].speaker.name) == first
    if second is not None:
        assert (quotes[1].text, quotes[1].speaker.name) == second


@pytest.mark.parametrize("text, speaker", [
    # a place before a parenthetical and the verb
    ("Налоговики получили новые полномочия. В ФНС, в свою очередь, подчеркивают, что поправки не связаны с делом.",
     "ФНС"),
    ("В ФНС заявили, что поправки приняты. В Минфине, впрочем, подчеркивают, что поправки не связаны с делом.",
     "Минфин"),
    # a place named in Latin letters, which the tagger leaves without a part of speech
    ("В Ozon.ru точно так же описывали процесс продажи лекарств и отмечали, что компания не нарушает закон.",
     "Ozon.ru"),
    # (control: a place with no aside)
    ("В Минздраве точно так же описывали процесс продажи лекарств и отмечали, что компания не нарушает закон.",
     "Минздрав"),
])
def test_a_place_past_a_parenthetical_or_in_latin_letters_speaks(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a subject after a day of the week, which the parse hung on the day
    ("Российские военные покинули базу. Об этом сообщило в среду Минобороны РФ.", "Минобороны РФ"),
    ("Российские военные покинули базу. Об этом сообщили в пятницу РИА Новости.", "РИА Новости"),
    # a woman's foreign name the tagger read as a man's, before her apposed post
    ("Ив Родригез, пресс-атташе департамента пожарной охраны Чикаго, сообщила, что пожар потушен.", "Ив Родригез"),
    # (controls: a person after the day; a Russian man's surname stays his)
    ("Российские военные покинули базу. Об этом рассказал в среду журналистам министр обороны.", "министр обороны"),
    ("Иван Петров, глава комитета, сообщила, что пожар потушен.", "глава комитета"),
])
def test_a_subject_after_a_day_or_of_a_gender_the_tagger_guessed(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a bare press service is the one that spoke just before, no other body named since
    ("Марсоход нашел воду, говорится в сообщении пресс-службы NASA. \"Это важное открытие\", - отмечает пресс-служба.",
     "пресс-служба NASA"),
    ("Марсоход нашел воду, сообщила пресс-служба NASA. \"Это важное открытие\", - добавили в пресс-службе.",
     "пресс-служба NASA"),
    # (control: a body named since)
    ("Марсоход нашел воду, говорится в сообщении пресс-службы NASA. Роскосмос поздравил коллег. "
     "\"Это важное открытие\", - отмечает пресс-служба.", "Роскосмос"),
])
def test_a_bare_press_service_is_the_one_that_spoke_before(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # an outlet's adjective alone names it
    ("Издание \"Новая газета\" изложило свою версию событий. \"Новая\" утверждает, что членами правления были "
     "сотрудники ФСБ.", "Новая газета"),
    ("Об этом пишет \"Независимая газета\". Как отмечает \"Независимая\", решение еще не принято.",
     "Независимая газета"),
    # a bare social network is one introduced as one, or known as one
    ("Социальная сеть Facebook сообщила об удалении аккаунтов. \"Мы удалили 30 аккаунтов\", - говорится в "
     "распространенном сообщении соцсети.", "Facebook"),
    ("Соцсеть \"ВКонтакте\" заблокировала группу. \"Группа нарушала правила\", - говорится в сообщении соцсети.",
     "ВКонтакте"),
    # (control: a company named in Latin letters is no social network)
    ("Apple представила новый телефон. \"Мы удалили 30 аккаунтов\", - говорится в сообщении соцсети.", "соцсеть"),
])
def test_an_outlets_short_name_and_a_bare_social_network(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, mention", [
    # a relative clause with no subject of its own: the subject of the verb its noun hangs on,
    # never the noun it describes
    ("Ранее она дала интервью немецкому телеканалу ARD, в котором сказала, что не жалеет о случившемся.", "она"),
    ("Иван Петров дал интервью газете \"Коммерсант\", в котором заявил, что уходит в отставку.", "Иван Петров"),
    ("Помимо фотоснимков автор разместил на видеохостинге Youtube видеоролик, в котором утверждает, "
     "что таких аппаратов осталось мало.", "автор"),
    # (controls: a subject of its own; a relative clause closed before the verb)
    ("Иван Петров написал письмо, в котором Сбербанк заявил, что долг погашен.", "Сбербанк"),
    ("Хотя люди, за которыми проводили наблюдения, и утверждали, что привыкли спать меньше, это не так.", "люди"),
])
def test_a_relative_clauses_report_is_the_holders_not_the_nouns(extractor, text, mention):
    quote = next(q for q in extractor.extract(text) if q.cue.text in ("сказала", "заявил", "утверждает", "утверждали"))
    assert quote.speaker.mention is not None and quote.speaker.mention.text == mention


@pytest.mark.parametrize("text, chain", [
    # a medium quoting the speaker in a relative clause of `чей`
    ("Власти применяют законы селективно, отмечает эксперт, чьи слова приводит Inopressa.", ["Inopressa"]),
    ("Власти применяют законы селективно, отмечает Иван Петров, чью статью переводит InoSMI.", ["InoSMI"]),
    # (controls: `которого`; a relative clause about the speaker that quotes no one)
    ("Власти применяют законы селективно, отмечает Иван Петров, слова которого приводит Inopressa.", ["Inopressa"]),
    ("Власти применяют законы селективно, отмечает Иван Петров, чья статья вышла вчера.", []),
])
def test_a_medium_quoting_the_speaker_in_a_relative_clause_of_chei(extractor, text, chain):
    [quote] = extractor.extract(text)
    assert [layer.name for layer in quote.chain] == chain
    assert quote.text == "Власти применяют законы селективно"


@pytest.mark.parametrize("text, speaker", [
    # a document that is a verb's act is the verb's subject's
    ("Владимир Путин поздравил Дмитрия Медведева с днем рождения. \"Вы многое сделали для страны\", - говорится "
     "в поздравлении.", "Владимир Путин"),
    ("Президент поздравил ветеранов с праздником. \"Ваш подвиг бессмертен\", - отмечается в поздравлении.",
     "Президент"),
    ("Моряки двух судов обратились за помощью к российским властям. В обращении также говорилось, что моряки "
     "не получают зарплату.", "Моряки двух судов"),
])
def test_a_document_that_is_a_verbs_act_is_its_subjects(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


def test_a_bare_statement_after_one_that_spoke_by_its_noun_is_its_authors(extractor):
    text = ("Патриарх Кирилл обратился к президенту Пакистана с просьбой о помиловании. \"Казнь станет утратой\", "
            "- говорится в обращении. \"Церковь проявляет беспокойство\", - говорится в сообщении.")
    first, second = extractor.extract(text)
    assert first.speaker.name == second.speaker.name == "Кирилл"


@pytest.mark.parametrize("text, speakers", [
    # a bare share after a share of a group is a share of it: the subject of its own report
    ("Согласно опросу, 61% американцев думают, что санкции нужны, а 38% считают, что нет.",
     ["61% американцев", "38%"]),
    ("Но в эффективность этих мер верят только 26,4% опрошенных, а 69% считают, что цены и дальше будут расти.",
     ["69%"]),
    # (control: one share of a group)
    ("61% опрошенных думают, что санкции нужны.", ["61% опрошенных"]),
])
def test_a_bare_share_after_a_share_of_a_group_speaks(extractor, text, speakers):
    found = [q.speaker.name for q in extractor.extract(text) if q.cue.text in ("думают", "считают")]
    assert found == speakers


SUBHEADED = ("Адвокат банкира Игорь Трунов заявил журналистам, что дело сфабриковано. При этом, как отмечает издание "
             "\"Комсомольская правда\", защитник уходил от вопросов.\n\n{line}\n\nТрунов также прокомментировал сведения.")


@pytest.mark.parametrize("line, speaker", [
    # a subheading names whose words it gives before its colon
    ("Адвокат: гей-скандал вокруг Френкеля - \"нелепые попытки оказать давление на банкира\"", "Игорь Трунов"),
    ("Игорь Трунов: гей-скандал вокруг Френкеля - \"нелепые попытки оказать давление на банкира\"", "Игорь Трунов"),
    # (control: a link to another story is no subheading of this one: its label names no one)
    ("- Адвокат: гей-скандал вокруг Френкеля - \"нелепые попытки оказать давление на банкира\"", None),
])
def test_a_subheading_names_whose_words_it_gives(extractor, line, speaker):
    text = SUBHEADED.format(line=line)
    found = [q for q in extractor.extract(text) if q.text == "нелепые попытки оказать давление на банкира"]
    if speaker is None:
        assert all(q.speaker.mention is None for q in found)
    else:
        assert [(q.speaker.name, q.speaker.mention.text) for q in found] == [(speaker, line.split(":")[0])]


def test_a_headline_label_stays_the_headlines(extractor):
    text = ("Президент: \"Сколково — не какой-то междусобойчик, а стреляющий бренд\"\n\n"
            "Президент России Дмитрий Медведев заявил, что проект будет развиваться. "
            "\"Это важный проект\", - подчеркнул президент.")
    assert all(q.speaker.name == "Дмитрий Медведев" for q in extractor.extract(text) if q.cue is not None)


@pytest.mark.parametrize("text, found", [
    # a written text after a colon is what is written, no one's words
    ("Он держал в руках лист бумаги с надписью: \"Приговор приведен в исполнение\".", []),
    ("В свидетельстве о рождении поперек граф с данными о родителях запись: \"Родители неизвестны\".", []),
    ("Демонстранты несли плакаты с надписью: \"Долой войну\".", []),
    # (control: a person before the colon with no verb of speech)
    ("Сам Александр Белов оказался более дипломатичным: \"Мы подождем решения суда\".", ["Александр Белов"]),
])
def test_a_written_text_after_a_colon_is_no_ones_words(extractor, text, found):
    assert [q.speaker.name for q in extractor.extract(text)] == found


@pytest.mark.parametrize("text, speaker", [
    # from the session's code review: a person's bare statement does not take a later body's message
    ("Писатель Иван Петров выступил с заявлением. \"Я ухожу из союза\", - говорится в заявлении. Союз писателей "
     "ответил на это. \"Мы сожалеем\", - говорится в сообщении.", "Союз писателей"),
    # a document named with its owner before an act's verb is its owner's
    ("Депутаты Госдумы направили обращение в Генпрокуратуру. Ранее в прокуратуру обращались и журналисты. "
     "В обращении говорится, что закон нарушен.", "Депутаты Госдумы"),
    ("Жители поселка направили обращение губернатору. Ранее они уже обращались к мэру, но безрезультатно. "
     "В обращении говорится, что дорога разрушена.", "Жители поселка"),
    # a body named inside the press service's own words is no other body named since
    ("Задержан подозреваемый в убийстве, сообщила пресс-служба МВД. \"Вместе с сотрудниками ФСБ мы провели "
     "операцию\", - отмечает пресс-служба.", "пресс-служба МВД"),
    # a trade network is no social network
    ("Торговая сеть Walmart объявила о закрытии магазинов. \"Мы закрываем 50 магазинов\", - говорится в "
     "сообщении соцсети.", "соцсеть"),
])
def test_code_review_controls(extractor, text, speaker):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker


def test_a_reports_title_after_an_account_noun_is_no_maker(extractor):
    [quote] = extractor.extract("Согласно докладу World Energy Outlook, спрос на нефть вырастет.")
    assert quote.speaker.name != "World Energy Outlook"


@pytest.mark.parametrize("text, speakers", [
    # a draft's author is who brought it in; `документ` stands for the draft that spoke under its name
    ("Центробанк внес в Госдуму проект \"Основные направления денежно-кредитной политики на 2011 год\". "
     "\"Инфляция замедлится\", - говорится в проекте. \"Рубль укрепится\", - говорится в документе.",
     ["Центробанк", "Центробанк"]),
    ("ЦБ прогнозирует отток капитала, сообщает РИА \"Новости\" со ссылкой на проект \"Основные направления "
     "денежно-кредитной политики на 2011 год\". \"Отток сократится\", - говорится в документе.",
     ["проект \"Основные направления денежно-кредитной политики на 2011 год\""] * 2),
    # (control: a draft no one is said to have brought in)
    ("Строители сдали проект моста. \"Мост простоит сто лет\", - говорится в проекте.", ["проект"]),
])
def test_a_draft_and_the_document_that_stands_for_it(extractor, text, speakers):
    assert [q.speaker.name for q in extractor.extract(text)] == speakers
