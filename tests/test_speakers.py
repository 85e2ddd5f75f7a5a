"""Speakers as entities: pronouns, roles, name variants, institutions, sources."""


def by_text(quotes, fragment):
    return next(q for q in quotes if fragment in q.text)


def entity_of(result, quote):
    return next(e for e in result.entities if e.id == quote.speaker.entity)


def test_pronoun_goes_to_the_person_introduced_before(extractor):
    text = ("Глава «Роскосмоса» Юрий Борисов посетил Байконур. "
            "Он сообщил, что запуск перенесен на весну.")
    q = by_text(extractor.extract(text), "запуск")
    assert q.speaker.mention.text == "Он" and q.speaker.name == "Юрий Борисов"


def test_feminine_pronoun_skips_a_masculine_candidate(extractor):
    text = ("Вице-премьер Татьяна Голикова провела встречу с главой Минздрава Михаилом Мурашко. "
            "Она заявила, что коечный фонд будет расширен.")
    q = by_text(extractor.extract(text), "коечный")
    assert q.speaker.name == "Татьяна Голикова"


def test_role_noun_goes_to_the_person_introduced_with_it(extractor):
    text = ("Экономист Наталья Зубаревич оценила данные Росстата.\n\n"
            "«Регионы беднеют медленнее, чем казалось», — сказала экономист.")
    q = by_text(extractor.extract(text), "Регионы")
    assert q.speaker.mention.text == "экономист" and q.speaker.name == "Наталья Зубаревич"


def test_name_variants_are_one_entity(extractor):
    text = ("Политолог Азер Гараев прокомментировал визит. «Визит важен», — сказал А. Гараев. "
            "A.Гараев отметил, что соглашения уже подписаны. «Это успех», — добавил Гараев.")
    result = extractor.extract_document(text)
    names = {q.speaker.name for q in result.quotes}
    assert names == {"Азер Гараев"}
    entity_ids = {q.speaker.entity for q in result.quotes}
    assert len(entity_ids) == 1
    entity = next(e for e in result.entities if e.id in entity_ids)
    assert entity.kind == "person" and entity.canonical.text == "Азер Гараев"
    assert {m.text for m in entity.mentions} >= {"Азер Гараев", "А. Гараев", "A.Гараев", "Гараев"}


def test_inflected_name_is_normalised_to_the_nominative(extractor):
    text = "По словам министра иностранных дел Сергея Лаврова, переговоры продолжатся."
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Сергей Лавров"


def test_same_surname_different_people_by_verb_gender(extractor):
    text = ("Хозяева фермы Ольга и Иван Смирновы рассказали о планах. «Коров станет больше», — сказала Ольга Смирнова. "
            "«Купим трактор», — сказал Иван Смирнов. Смирнова добавила, что сыр будут продавать в Москве.")
    quotes = extractor.extract(text)
    assert by_text(quotes, "Коров").speaker.name == "Ольга Смирнова"
    assert by_text(quotes, "трактор").speaker.name == "Иван Смирнов"
    assert by_text(quotes, "сыр").speaker.name == "Ольга Смирнова"


def test_generic_institution_goes_back_to_the_named_one(extractor):
    text = ("Федеральная антимонопольная служба возбудила дело против сети аптек. "
            "В ведомстве уточнили, что штраф может составить миллиард рублей.")
    q = by_text(extractor.extract(text), "штраф")
    assert q.speaker.mention.text == "ведомстве"
    assert q.speaker.name.startswith("Федеральная антимонопольная служба")


def test_unnamed_sources_are_entities_of_their_own(extractor):
    text = ("Сделка будет закрыта в пятницу, сообщил источник в банке. "
            "По словам очевидцев, у офиса собралась очередь.")
    quotes = extractor.extract(text)
    assert by_text(quotes, "Сделка").speaker.kind == "unknown"
    witnesses = by_text(quotes, "очередь").speaker
    assert witnesses.kind == "group" and witnesses.name == "очевидцы"


def test_floating_quote_is_marked_in_its_rule(extractor):
    text = "«Работы идут по графику», — сказал прораб Семен Гуров.\n\n«Крышу закроем к морозам»."
    quotes = extractor.extract(text)
    assert quotes[1].rule == "direct.floating" and quotes[1].speaker.name == "Семен Гуров"


def test_every_speaker_points_to_an_output_entity(extractor):
    text = ("Министр энергетики Сергей Цивилев заявил, что цены на бензин стабилизируются. "
            "По его словам, запасы топлива достаточны. Эксперты считают, что рынок перегрет.")
    result = extractor.extract_document(text)
    ids = {e.id for e in result.entities}
    for quote in result.quotes:
        assert quote.speaker.entity in ids
        entity = entity_of(result, quote)
        assert entity.name == quote.speaker.name


# --- institutions named by place (December) ------------------------------------

import pytest


@pytest.mark.parametrize("text, owner", [
    ("Как сообщается на официальном сайте ГУ МЧС по Томской области, пожар потушен.", "МЧС"),
    ("Пожар потушен к утру. Об этом сообщается на сайте регионального управления МЧС.", "МЧС"),
    ("Как говорится на странице министерства в соцсети, выставка откроется в мае.", "министерство"),
])
def test_the_owner_of_a_site_speaks(extractor, text, owner):
    q = extractor.extract(text)[0]
    assert owner in q.speaker.name


def test_a_site_with_no_owner_names_nobody(extractor):
    q = extractor.extract("На сайте сообщается, что выставка откроется в мае.")[0]
    assert q.speaker.name is None


@pytest.mark.parametrize("text, speaker", [
    ("Однако вскоре в управлении Роспотребнадзора по Томской области сообщили, что вирус не найден.",
     "управление Роспотребнадзора по Томской области"),
    ("В пресс-службе губернатора Томской области в понедельник уточнили, что встреча перенесена.",
     "пресс-служба губернатора Томской области"),
])
def test_institution_in_v_a_few_words_before_the_verb(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text", [
    "В середине января появились сообщения, что холдинг продает бизнес.",
    "В понедельник сообщили, что холдинг продает бизнес.",
])
def test_a_time_in_v_is_no_speaker(extractor, text):
    assert extractor.extract(text)[0].speaker.name is None


def test_plural_verb_after_a_direct_quote_with_an_institution_in_v(extractor):
    q = extractor.extract("«Экспертизы закончатся в феврале», - пояснили в полиции.")[0]
    assert q.speaker.name == "полиция"


def test_generic_company_points_to_a_company_named_in_latin(extractor):
    text = ("Американская корпорация Lockheed Martin разрабатывает реактор. "
            "Компания сообщила в среду, что построит прототип за год.")
    assert extractor.extract(text)[0].speaker.name == "Lockheed Martin"


def test_link_to_a_relative_of_someone_is_the_relative(extractor):
    text = "Ветеран был похоронен в Омске, написал «Коммерсант» со ссылкой на его вдову Анну Лосеву."
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Анна Лосева" and [r.name for r in q.chain] == ["Коммерсант"]


@pytest.mark.parametrize("text, name", [
    ("В Токио задержана художница Мегуми Игараси. Сама задержанная утверждает, что ничего не нарушила.",
     "Мегуми Игараси"),
    ("В Омске арестован бизнесмен Олег Лунин. Сам арестованный заявил, что не брал взяток.", "Олег Лунин"),
])
def test_a_participle_noun_names_whom_its_verb_was_said_of(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_participle_noun_names_the_object_of_the_active_verb(extractor):
    text = "В Перми полиция задержала художницу Анну Лосеву. Сама задержанная утверждает, что ничего не нарушила."
    assert extractor.extract(text)[-1].speaker.name == "Анна Лосева"


# A medium's report tells the news as fact: the people in its content are in
# play for a pronoun after it (`X направил обращение, сообщает BBC. По его
# мнению …`), while the words of a direct quote stay out of reach.
REPORTED_THEN_PRONOUN = [
    ("Депутат областного собрания Владимир Петров направил обращение губернатору, сообщает Русская служба BBC. "
     "По его мнению, решение нужно принять до конца года.", "решение", "Владимир Петров"),
    ("Дочь пропавшего шахтера Алина Мисник сообщила РБК, что поиски остановлены. "
     "По ее словам, родственникам никто ничего не объясняет.", "родственникам", "Алина Мисник"),
    ("Как передает «Интерфакс», глава компании Сергей Орлов подписал приказ об увольнении сотрудников. "
     "Он пояснил, что сокращения затронут только московский офис.", "сокращения", "Сергей Орлов"),
]


def test_pronoun_reaches_a_person_inside_a_medium_report(extractor):
    for text, fragment, name in REPORTED_THEN_PRONOUN:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name == name, (text, q.speaker)


def test_pronoun_does_not_point_into_its_own_quote(extractor):
    text = ("Политик Геннадий Гудков не собирается менять планы. "
            "Выдвижение Романовича он назвал «фальстартом».")
    q = by_text(extractor.extract(text), "Выдвижение")
    assert q.speaker.name == "Геннадий Гудков"


def test_pronoun_skips_people_named_inside_a_direct_quote(extractor):
    text = ("«Мы обсуждали это с Иваном Сидоровым, но решения нет», — сказала министр Анна Кузнецова. "
            "По ее словам, переговоры продолжатся.")
    q = by_text(extractor.extract(text), "переговоры")
    assert q.speaker.name == "Анна Кузнецова"


# A role with a long complement, then the person's name: one mention up to the
# name, whether the parse hung the complement elsewhere or an apposition with
# its own descriptors stands between (`…, известный журналист и эксперт X,`).
ROLE_THEN_NAME = [
    # a list in the complement, its conjuncts with adjectives of their own
    ("Незадолго до этого министр Чеченской Республики по национальной политике, внешним связям, печати и "
     "информации Джамбулат Умаров заявил, что рекорд будет побит.", "Джамбулат Умаров"),
    ("Как заявил председатель комитета по бюджету, налоговой политике и финансовым рынкам Андрей Макаров, "
     "поправки будут приняты.", "Андрей Макаров"),
    # an animate accusative has the genitive's form: the name after the
    # second post is the person's, not whose the post is
    ("Отряд кораблей прибыл в порт, передает ТАСС со ссылкой на начальника отдела информационного обеспечения "
     "пресс-службы флота, капитана 2-го ранга Николая Матвеева.", "Николай Матвеев"),
    # an adverb of a participle in the complement
    ("«Мы сделали все возможное», - заявил представитель так называемой Донецкой «народной республики» Денис "
     "Пушилин.", "Денис Пушилин"),
    ("Как ранее сообщал руководитель департамента государственной политики в области инфокоммуникационных "
     "технологий Мининформсвязи Виталий Слизень, коды изменятся с 1 декабря.", "Виталий Слизень"),
    ("Первый зампред правления по инвестиционно-финансовым вопросам \"Автодора\" Сергей Кельбах объяснил, "
     "что средства нужны заранее.", "Сергей Кельбах"),
    ("Как сказал глава комиссии по межнациональным отношениям и свободе совести, известный журналист "
     "и эксперт Николай Сванидзе, \"запретами ничего не решить\".", "Николай Сванидзе"),
    ("По словам директора учреждения \"Эко Мангистау\", известного эколога Кирилла Осина, тюлени погибли "
     "от вируса.", "Кирилл Осин"),
    ("Как сообщил заместитель министра, бывший губернатор области Петр Смирнов, решение уже принято.",
     "Петр Смирнов"),
    # the parse hangs the name on a word of the complement (`без портфеля`)
    # and guesses a foreign surname's case wrong
    ("Как рассказал министр без портфеля Мохаммед Даляль, сейчас премьер проводит встречу с депутатами.",
     "Мохаммед Даляль"),
    ("\"Мы против\", - сказал министр без портфеля Мохаммед Даляль.", "Мохаммед Даляль"),
    ("\"Мы против\", - сказал министр без портфеля Ханан Ашрави.", "Ханан Ашрави"),
    # a name in the genitive inside the complement is whose the post is
    ("Заместитель главы СБУ, начальник группы по делу Чорновола Андрей Коваль заявил, что архив передан в суд.",
     "Андрей Коваль"),
    # a second post after a comma holds the name, though the parse tied that
    # post to a word of the content
    ("Как сообщил вчера глава украинской делегации, председатель бюджетного комитета Рады Петр Бондаренко, "
     "на пост будут выдвинуты два кандидата: Анна Смит (Канада).", "Петр Бондаренко"),
    ("По словам главы российской делегации, председателя комитета Госдумы по обороне Алексея Жукова, "
     "закон будет принят осенью.", "Алексей Жуков"),
    # a military rank or an academic post between the post and the name
    ("Бюджет будет исполнен, заявил в субботу на заседании комитета в Госдуме главнокомандующий ВМФ России "
     "адмирал Олег Смирнов.", "Олег Смирнов"),
    ("\"Мы готовы\", - сказал главнокомандующий ВВС генерал-полковник Игорь Ветров.", "Игорь Ветров"),
    ("Заведующая лабораторией биофизики клетки Института медико-биологических проблем РАН (ИМБП) Анна "
     "Лебедева сообщила, что опыт повторят.", "Анна Лебедева"),
    # a participle phrase and a particle inside the complement
    ("Доступ для наблюдателей был затруднен, им не было предоставлено достаточно времени, заявил "
     "представитель состоящей из 20 человек миссии наблюдателей ПАСЕ Томас Мюллер.", "Томас Мюллер"),
    ("Урожай будет хорошим, подтвердил «Известиям» заведующий той же лабораторией в Институте почвоведения "
     "Павел Орлов.", "Павел Орлов"),
    # a second post after a dash (typed as a hyphen too), with a long complement
    ("\"Иск отклонен\", - коротко передал в Telegram решение суда один из них - руководитель правового "
     "отдела Фонда защиты гласности (ФЗГ) Олег Комаров.", "Олег Комаров"),
    ("\"Иск отклонен\", - сообщил журналистам один из адвокатов — руководитель коллегии защитников "
     "Московской области Сергей Попов.", "Сергей Попов"),
]


@pytest.mark.parametrize("text, fragment, name", [
    # someone known only as a deputy is not the head the text names next
    ("«Армия не ведет войны», — заявил заместитель министра обороны Анатолий Смирнов. Накануне Путин и "
     "Алиев встретились в Сочи. Российский президент назвал встречу «хорошей».", "хорошей", "Путин"),
    ("«Бюджет сбалансирован», — заявил замминистра финансов Алексей Петров. Министр назвал проект "
     "«разумным».", "разумным", "Министр"),
    ("«Сроки сдвинутся», — сказала вице-премьер Ольга Кравцова. Премьер подчеркнул, что сроки прежние.",
     "сроки прежние", "Премьер"),
    # a deputy's own title is his
    ("«Бюджет сбалансирован», — заявил вице-премьер Алексей Орлов. «Это разумно», — добавил вице-премьер.",
     "Это разумно", "Алексей Орлов"),
])
def test_a_deputy_is_not_the_head(extractor, text, fragment, name):
    assert by_text(extractor.extract(text), fragment).speaker.name == name


def test_a_role_before_a_name_it_does_not_reach_is_not_an_earlier_person(extractor):
    # the post and the name are one person, not the official named before
    text = ("Полномочия комиссара ООН Рене Шмидта истекли.\n\n"
            "Как рассказал вчера глава польской делегации, председатель иностранного комитета Сейма Анджей Новак, "
            "на должность будут выдвинуты две кандидатуры: Джон Смит (Канада).")
    q = by_text(extractor.extract(text), "кандидатуры")
    assert q.speaker.name == "Анджей Новак"
    text = ("\"Мы так не договаривались\", - сказал премьер Ахмед Шукри.\n\n"
            "Как рассказал министр без портфеля Мохаммед Даляль, сейчас премьер проводит встречу с депутатами.")
    q = by_text(extractor.extract(text), "встречу")
    assert q.speaker.name == "Мохаммед Даляль"


def test_role_with_a_long_complement_takes_the_name_after_it(extractor):
    for text, name in ROLE_THEN_NAME:
        q = extractor.extract(text)[0]
        assert q.speaker.name == name, (text, q.speaker)
        assert q.speaker.mention.text.split()[-1].startswith(name.split()[-1][:4])
        assert text[q.speaker.mention.start:q.speaker.mention.end] == q.speaker.mention.text


def test_a_name_in_another_case_after_the_role_is_someone_else(extractor):
    text = ("\"Россия выполнит обязательства\", - заявил секретарь Совбеза на встрече с министром иностранных дел "
            "Ирана Манучехром Моттаки.")
    q = extractor.extract(text)[0]
    assert "Моттаки" not in q.speaker.mention.text
    text = ("\"Россия твердо привержена своим обязательствам\", - заявил секретарь российского Совбеза "
            "на встрече с министром иностранных дел Ирана Манучехром Моттаки.")
    q = extractor.extract(text)[0]
    assert "Моттаки" not in q.speaker.mention.text
    text = "Как сообщил заместитель министра, с которым связался корреспондент, решение уже принято."
    q = extractor.extract(text)[0]
    assert q.speaker.mention.text == "заместитель министра"


# A role whose complement is a name (whose lawyer, whose son), then the
# holder's own name alone between commas: the holder speaks, and the name
# is not content.
WHOSE_ROLE_THEN_NAME = [
    ("По словам другого адвоката Френкеля, Людмилы Айне, газета оказалась в СИЗО до выхода.",
     "Людмила Айне", "газета оказалась"),
    ("По мнению заместителя Иванова, Петра Сидорова, решение уже принято.", "Петр Сидоров", "решение уже"),
    ("Как сообщил адвокат Френкеля, Людмила Айне, газета оказалась в СИЗО до выхода.",
     "Людмила Айне", "газета оказалась"),
    ("Сын Гульнары Каримовой, Ислам Каримов-младший, заявил, что его мать в опасности.",
     "Ислам Каримов-младший", "его мать"),
    ("«Газета оказалась в СИЗО до выхода», — заявила адвокат Френкеля, Людмила Айне.",
     "Людмила Айне", "Газета оказалась"),
]


@pytest.mark.parametrize("text, name, content", WHOSE_ROLE_THEN_NAME)
def test_the_name_apposed_to_whose_role_speaks(extractor, text, name, content):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name
    assert q.text.startswith(content)
    assert text[q.speaker.mention.start:q.speaker.mention.end] == q.speaker.mention.text


@pytest.mark.parametrize("text, name", [
    ("Адвокат Иван Петров, Мария Сидорова и другие заявили, что газета оказалась в СИЗО.", "Иван Петров"),
    ("По словам адвоката Петрова, газета оказалась в СИЗО до выхода.", "Петров"),
])
def test_a_role_with_its_own_name_keeps_it(extractor, text, name):
    assert extractor.extract(text)[0].speaker.name == name


@pytest.mark.parametrize("text, name, relay", [
    ("«Ключевым был момент», — цитирует ИА Regnum Минченко.", "Минченко", "ИА Regnum"),
    ("«Ключевым был момент», — цитирует «Интерфакс» Кириенко.", "Кириенко", "Интерфакс"),
    ("«Ключевым был момент», — цитирует Reuters Шевченко.", "Шевченко", "Reuters"),
    ("«Ключевым был момент», — цитирует РБК Евгения Минченко.", "Евгений Минченко", "РБК"),
])
def test_quoting_medium_then_a_name_that_does_not_decline(extractor, text, name, relay):
    """`цитирует ИА Regnum Минченко`: the person after the medium is the one
    quoted, though the tagger reads the surname as a nominative subject."""
    q = extractor.extract(text)[0]
    assert q.speaker.name == name
    assert [c.name for c in q.chain] == [relay]


def test_the_headline_person_is_a_candidate_the_ranker_knows(extractor):
    """A column headed by its author's name (`Кирилл Рогов: «…»`): the bare
    role noun that signs its quotes stands for that author."""
    from quotes import antecedents

    text = ("Кирилл Рогов: \"Острие исторического момента\"\n\n"
            "\"Кажется очевидным, что выборы меняют мир, в котором мы привыкли жить. Сама постановка вопроса "
            "важна\", - пишет политолог на своей странице в Facebook.")
    doc = extractor.backend.parse(text)
    assert antecedents.title_end(doc) == text.index("\n")
    result = extractor.extract_document(text)
    q = result.quotes[0]
    assert q.speaker.mention.text == "политолог" and q.speaker.name == "Кирилл Рогов"
    one_line = extractor.backend.parse("Кирилл Рогов сказал, что выборы важны.")
    assert antecedents.title_end(one_line) == -1


# A head's role noun (`президент`, `глава службы`) never stands for someone
# introduced as serving that head (`пресс-секретарь президента X`,
# `заместитель начальника службы X`).
def test_a_head_role_is_not_the_aide_introduced_with_it(extractor):
    cases = [
        ("Пресс-секретарь президента Дмитрий Песков заявил, что встреча пройдет в Кремле. "
         "Президент отметил, что готов к переговорам.", "готов", "Дмитрий Песков"),
        ("Заместитель начальника пожарной службы Джон Смит приехал на место. "
         "Глава пожарной службы заявил, что огонь потушен.", "огонь", "Джон Смит"),
        ("Помощник министра обороны Иван Кузин сообщил, что учения начнутся в июне. "
         "Министр добавил, что в них примут участие пять тысяч военных.", "тысяч", "Иван Кузин"),
    ]
    for text, fragment, aide in cases:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name != aide, (text, q.speaker)
    # the aide's own role still finds the aide
    text = ("Советник губернатора Анна Лебедева рассказала о планах. "
            "Советник добавила, что бюджет утвердят в мае.")
    assert by_text(extractor.extract(text), "бюджет").speaker.name == "Анна Лебедева"


# A document whose author is named in the genitive after it speaks as that
# author (ATTRIBUTION.md: `в заявлении МИД` → МИД), whatever frames it.
DOCUMENT_AUTHORS = [
    ("По данным доклада Всемирного банка, экономика вырастет на 2%.", "Всемирный банк"),
    ("Согласно заключению экспертов, работы не нанесли ущерба зданию.", "эксперты"),
    ("Премьера перенесена, сообщает агентство со ссылкой на сообщение Федерации работодателей Украины.",
     "Федерация работодателей Украины"),
    ("В письме председателя комитета Ивана Петрова отмечается, что денег нет.", "Иван Петров"),
]


def test_a_document_speaks_as_its_named_author(extractor):
    for text, name in DOCUMENT_AUTHORS:
        q = extractor.extract(text)[0]
        assert q.speaker.name == name, (text, q.speaker)
        m = q.speaker.mention
        assert text[m.start:m.end] == m.text


def test_a_document_without_an_author_speaks_itself(extractor):
    for text, name in [("Согласно проекту закона, штрафы вырастут вдвое.", "проект закона"),
                       ("По данным опроса, большинство довольны.", "опрос")]:
        q = extractor.extract(text)[0]
        assert q.speaker is None or q.speaker.name in (None, name), (text, q.speaker)


def test_deputy_titles_are_one_role(extractor):
    """`заместитель главы X` … `Замглавы X`, `замминистра` … `Заместитель
    министра`: a one-word deputy title holds its head's role, so the deputy
    is told from the head introduced beside it."""
    cases = [
        ("Глава ведомства Виктор Иванов встретился с журналистами вместе с заместителем главы ведомства "
         "Николаем Ауловым. Замглавы ведомства сообщил, что операция завершена.", "операция", "Николай Аулов"),
        ("Председатель правления банка Андрей Костин и заместитель председателя правления Сергей Ким выступили "
         "на форуме. Зампред правления заявил, что кредиты подешевеют.", "кредиты", "Сергей Ким"),
        ("Министр энергетики Николай Шульгинов и замминистра энергетики Павел Сорокин прибыли в Катар. "
         "Заместитель министра заявил, что поставки вырастут.", "поставки", "Павел Сорокин"),
        ("Мэр города Олег Белов и заммэра Ирина Лосева осмотрели стройку. "
         "Заместитель мэра отметила, что работы идут по графику.", "работы", "Ирина Лосева"),
    ]
    for text, fragment, name in cases:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name == name, (text, q.speaker)


def test_a_role_takes_its_name_across_a_list_of_places(extractor):
    text = ("\"Мы откроем завод\", цитирует газета руководителя по работе с клиентами Nokia в Польше, Чехии, "
            "Словакии и Венгрии Ивана Орлова.")
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Иван Орлов"
    assert q.speaker.mention.text.endswith("Ивана Орлова")


def test_scholars_named_by_another_word_are_one_group(extractor):
    """`исследователи` … `ученые`, `ученые` … `специалисты`: one group of
    researchers, whatever word the next sentence uses."""
    cases = [
        ("Американские исследователи изучили питание пяти тысяч подростков. "
         "Как отмечают ученые, сладкие напитки повышают риск диабета.", "сладкие", "Американские исследователи"),
        ("Британские ученые проследили за здоровьем тысячи добровольцев. "
         "По мнению исследователей, кофе не вредит сердцу.", "кофе", "Британские ученые"),
        ("Немецкие социологи опросили две тысячи жителей Берлина. "
         "Как считают ученые, город стал дружелюбнее.", "город", "Немецкие социологи"),
    ]
    for text, fragment, name in cases:
        assert by_text(extractor.extract(text), fragment).speaker.name == name, text


# A participle or adjective phrase before its noun (`близкий к руководству
# компании источник`): the speaker is the noun, with its phrase, wherever
# the parse hung the words inside the phrase.
DESCRIBED_SPEAKERS = [
    ("Как рассказал близкий к руководству компании источник, увольнений не будет.",
     "близкий к руководству компании источник"),
    ("Сеть сообщества, по словам близкого к ней источника, готовит новый сервис.",
     "близкого к ней источника"),
    ("По сообщениям базирующихся в Осло журналистов, центр города оцеплен.",
     "базирующихся в Осло журналистов"),
    ("Осведомленный в деталях сделки источник «Прайм» также сообщил, что покупка совершается для перепродажи.",
     "Осведомленный в деталях сделки источник"),
    # the noun the phrase describes agrees in gender too: not `компании`
    ("По словам близкого к руководству компании источника, сделка сорвалась.",
     "близкого к руководству компании источника"),
    ("По данным близкой к правительству газеты, сделка сорвалась.", "близкой к правительству газеты"),
]


def test_a_described_noun_is_the_speaker(extractor):
    for text, mention in DESCRIBED_SPEAKERS:
        q = extractor.extract(text)[0]
        assert q.speaker.mention.text == mention, (text, q.speaker)


def test_a_source_and_its_medium_are_cut_cleanly(extractor):
    for text, mention, medium in [
            ("Источник \"Интерфакса\" сообщил, что сделка закрыта.", "Источник", "Интерфакс"),
            ("Осведомленный в деталях сделки источник «Прайм» также сообщил, что покупка совершается "
             "для перепродажи.", "Осведомленный в деталях сделки источник", "Прайм")]:
        q = extractor.extract(text)[0]
        assert q.speaker.mention.text == mention and [r.name for r in q.chain] == [medium], (text, q)


def test_a_place_inside_a_participle_phrase_is_no_speaker(extractor):
    """`согласно действующему в Чехии законодательству`, `согласно
    опубликованному во вторник докладу`: the phrase is about the law or the
    report, never the place or the day inside it."""
    for text, inner in [
            ("Согласно действующему в Чехии законодательству, задержанный может содержаться в изоляторе трое суток.",
             "Чехии"),
            ("Согласно опубликованному во вторник докладу, инфляция замедлилась.", "вторник")]:
        q = extractor.extract(text)[0]
        assert q.speaker.mention.text != inner and inner in q.speaker.mention.text, (text, q.speaker)


def test_a_participle_before_the_source_is_named_in_the_nominative(extractor):
    """The entity's name declines the participle with its noun (`действующее
    в Чехии законодательство`), in the noun's gender and number."""
    for text, name in [
            ("Согласно действующему в Чехии законодательству, задержанный может содержаться в изоляторе трое суток.",
             "действующее в Чехии законодательство"),
            ("Согласно опубликованному во вторник докладу, инфляция замедлилась.", "опубликованный во вторник доклад"),
            ("Согласно опубликованным во вторник расчетам, инфляция замедлилась.",
             "опубликованные во вторник расчеты")]:
        q = extractor.extract(text)[0]
        assert q.speaker.name == name, (text, q.speaker)


def test_no_speaker_from_a_list_or_a_study_subject(extractor):
    """What the review of this session found: a list opening the content is
    not an outlet's name, `со ссылкой на то, что` names nobody, and the
    people a study studied did not write it."""
    cases = [("Как сообщает агентство, Москва, Пекин и Дели договорились о поставках.", "агентство"),
             ("Как пишет газета, «Спартак», «Зенит» и ЦСКА подали заявки.", "газета"),
             ("Иванов заявил со ссылкой на свой опыт, что реформа провалится.", "Иванов"),
             ("Согласно исследованию российских школьников, каждый третий подросток курит.",
              "исследование российских школьников")]
    for text, name in cases:
        q = extractor.extract(text)[0]
        assert q.speaker.name == name, (text, q.speaker)

# --- pronoun speakers (branch pron) -----------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Власти выпустили 65-летнюю Аун Сан Су Чжи на свободу. Выступая перед народом, она заявила, "
     "что не стоит терять надежду.", "Аун Сан Су Чжи"),
    ("Власти освободили 52-летнюю Нгуен Тхи Ким. Выступая перед журналистами, она заявила, "
     "что продолжит борьбу.", "Нгуен Тхи Ким"),
    ("Власти выпустили 70-летнего Ким Ду Хвана на свободу. Выступая перед народом, он заявил, "
     "что не стоит терять надежду.", "Ким Ду Хван"),
    ("Полиция задержала известную Нгуен Ти Лан. Позже она заявила, что не виновата.", "Нгуен Ти Лан"),
])
def test_an_adjective_tells_the_gender_of_a_foreign_name_by_its_form(extractor, text, name):
    """`65-летнюю` is feminine whatever the tagger says: the dictionary's
    genders of the form decide, so `она` finds the woman."""
    quote = next(q for q in extractor.extract(text) if q.rule.startswith("indirect"))
    assert quote.speaker.name == name

# `её`/`оно` for an institution whose head noun has the pronoun's gender:
# a press service, a newspaper, a TV company, a mission
INSTITUTION_PRONOUNS = [
    ("«Мост закроют на ремонт», — сообщили в пресс-службе мэрии. "
     "По ее данным, работы продлятся месяц.", "работы", "пресс-служб"),
    ("Газета «Северный вестник» выяснила, что сделка сорвалась. "
     "По ее данным, покупатель отказался платить.", "покупатель", "Северный вестник"),
    ("Радиостанция «Волна» сообщила о задержании двух человек в аэропорту. "
     "По ее информации, оба прилетели из Лиссабона.", "оба", "Волна"),
]


def test_a_feminine_pronoun_may_stand_for_an_institution(extractor):
    for text, fragment, name in INSTITUTION_PRONOUNS:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker is not None and name in (q.speaker.name or ""), (text, q.speaker)


def test_a_feminine_pronoun_keeps_the_woman(extractor):
    for text, fragment, name in [
        ("Министр Ольга Петрова посетила завод в Туле. По ее словам, цех откроют весной.", "цех", "Ольга Петрова"),
        ("«Мост закроют», — сообщили в пресс-службе мэрии. Вице-мэр Анна Громова осмотрела мост. "
         "По ее словам, ремонт займет месяц.", "ремонт", "Анна Громова"),
    ]:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name == name, (text, q.speaker)



def test_an_outlet_named_with_its_type_noun_is_media(extractor):
    """`газета «Труд»`, `агентство "Р-Спорт"`: the type noun makes the name an
    outlet even where the tagger took it for an organisation, and a later
    generic noun of that type points back to it."""
    text = ("Протестующие пришли к посольству, уточняет газета «Труд». "
            "Полиция, по данным газеты, отметила, что число радикалов выросло.")
    quotes = extractor.extract(text)
    first = by_text(quotes, "Протестующие")
    assert first.speaker.name == "Труд" and first.speaker.kind == "media"
    assert [r.name for r in by_text(quotes, "радикалов").chain] == ["Труд"]

# --- pronoun speakers (branch pron2) ----------------------------------------

def test_a_name_of_no_gender_takes_it_from_the_verb_it_agrees_with(extractor):
    # `сыграла Юки Сато`, `35-летняя Эль Фаннинг`: a woman, not `он`
    for text, fragment, name in [
        ("Продюсер Томас Беккер представил фильм в Каннах. Главную роль сыграла Юки Сато. "
         "Он сообщил, что прокат начнется в мае.", "прокат", "Томас Беккер"),
        ("Тренер Марк Эйдлин провел сбор в Сочи. Лучший результат показала Рин Накамура. "
         "Он заявил, что команда готова к сезону.", "команда", "Марк Эйдлин"),
        ("Художник Андре Гарсиа открыл выставку в Москве. 35-летняя Эль Фаннинг приехала на открытие. "
         "Он отметил, что картины привезли из Парижа.", "картины", "Андре Гарсиа"),
    ]:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name == name, (text, q.speaker)


def test_a_counted_noun_is_no_singular_antecedent(extractor):
    for text, fragment, name in [
        ("Участковый Олег Сомов прибыл на вызов. В квартире находились два человека. "
         "Он сообщил, что дверь была открыта.", "дверь", "Олег Сомов"),
        ("Спасатель Антон Ершов приехал первым. У машины стояли три пассажира. "
         "Он рассказал, что водитель не пострадал.", "водитель", "Антон Ершов"),
    ]:
        q = by_text(extractor.extract(text), fragment)
        assert q.speaker.name == name, (text, q.speaker)


def test_a_group_without_a_name_is_no_institution_for_she(extractor):
    text = ("Юрист Ольга Карпова выступила в суде. Суд назначил экспертизу, и группа пришла к выводу, "
            "что текст экстремистский. Этот вывод ошибочен, заявила она.")
    q = by_text(extractor.extract(text), "вывод ошибочен")
    assert q.speaker.name == "Ольга Карпова", q.speaker


def test_a_pronoun_in_an_indirect_report_may_be_its_speaker(extractor):
    # `Он уверен, что, по его данным, …`: his own data
    for text, fragment, name in [
        ("Фермер Сергей Гусев обратился в полицию. По словам Гусева, у него угнали трактор. "
         "Он уверен, что, по его данным, угонщики из соседнего района.", "угонщики", "Сергей Гусев"),
        ("Журналист Петр Волков был избит у дома. По словам Волкова, к нему в больницу приезжали "
         "следователи. Он подчеркнул, что, по его мнению, нападение связано с его работой.", "нападение",
         "Петр Волков"),
    ]:
        for q in extractor.extract(text):
            if fragment in q.text:
                assert q.speaker is not None and q.speaker.name == name, (text, q.speaker)


def test_a_role_of_another_body_is_someone_else(extractor):
    """`представитель МИД` … `представитель Общества Красного Креста`: known
    only by role and complement, two bodies make two people; the same body
    (or one word naming it more fully) keeps one."""
    text = ("Представитель МИД страны заявил, что переговоры сорваны. Накануне представитель Общества Красного "
            "Креста потребовал вернуть пленных. Как отметил представитель Красного Креста, ситуация ухудшается.")
    q = by_text(extractor.extract(text), "ситуация")
    assert "Красного Креста" in q.speaker.name
    text = ("Представитель компании сообщил, что завод закроют. Позже представитель компании уточнил, "
            "что рабочих переведут.")
    quotes = extractor.extract(text)
    assert by_text(quotes, "рабочих").speaker.entity == by_text(quotes, "завод").speaker.entity


def test_a_role_takes_its_name_past_a_comma_list_or_a_bracket(extractor):
    """`директор департамента финансовых отношений, госдолга и … Минфина X,`
    and `член комиссии (ОНК) и журналист телеканала X`: the name closes the
    role's complement and names the speaker."""
    for text, name in [
            ("Как сообщил в четверг директор департамента финансовых отношений, госдолга и государственных "
             "активов Минфина Константин Волков, основная цель реформы - экономия.", "Константин Волков"),
            ("Как отметила член Общественной наблюдательной комиссии (ОНК) и журналист телеканала Анна Орлова, "
             "ранее задержанная дала показания.", "Анна Орлова")]:
        q = extractor.extract(text)[0]
        assert q.speaker.name == name, (text, q.speaker)
        assert not q.text.startswith(("госдолга", "Анна")), q.text


@pytest.mark.parametrize("text, fragment, mention, name", [
    # a feminine surname after a place in `в`/`на` reads as that noun's genitive
    ("Как сообщила в суде Козлова, она не видела нападавших.", "нападавших", "Козлова", "Козлова"),
    ("Как отметила на заседании Волкова, бюджет будет принят.", "бюджет", "Волкова", "Волкова"),
    # a masculine one as the genitive plural of a common noun (казначей, кузнец)
    ("Как сообщил в суде Казначеев, приобретенная им в армии инвалидность ограничивает его.",
     "инвалидность", "Казначеев", "Казначеев"),
    ("Как заявил в эфире Кузнецов, цены вырастут.", "цены", "Кузнецов", "Кузнецов"),
])
def test_a_surname_the_tagger_reads_as_a_genitive_is_the_subject(extractor, text, fragment, mention, name):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.mention.text == mention and q.speaker.name == name


def test_a_surname_of_the_other_gender_after_a_place_stays_its_complement(extractor):
    # `сообщил … Козлова`: a man's verb, so `Козлова` is Козлов's (his court)
    q = by_text(extractor.extract("Как сообщил в суде Козлова, нападавших было трое."), "нападавших")
    assert q.speaker is None or q.speaker.mention is None or q.speaker.mention.text != "Козлова"


def test_a_genitive_after_a_source_noun_stays_the_named_person(extractor):
    # `по мнению X` has no verb: `Балахничева` is Балахничев's genitive
    text = ("Валентин Балахничев напомнил, что пять ходоков были дисквалифицированы. "
            "По мнению Балахничева, повторное употребление препарата говорит о многом.")
    q = by_text(extractor.extract(text), "повторное")
    assert q.speaker.name == "Валентин Балахничев"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Супруга Виктора Бута рассказала, что встреча пройдет в понедельник.", "встреча", "Супруга Виктора Бута"),
    ("Адвокат Ивана Петрова сообщил, что жалоба уже подана.", "жалоба", "Адвокат Ивана Петрова"),
    ("Брат пропавшего шахтера Дмитрия Марьина заявил РБК, что руководство компании скрывает причины аварии.",
     "руководство", "Брат пропавшего шахтера Дмитрия Марьина"),
    # an indeclinable surname: the first name's genitive tells
    ("Помощник министра Сергея Шойгу рассказал, что учения продлятся неделю.", "учения",
     "Помощник министра Сергея Шойгу"),
    # two names joined by `и`, both the lawyer's clients
    ("Адвокат Ивана Петрова и Сергея Сидорова заявил, что жалоба подана.", "жалоба",
     "Адвокат Ивана Петрова и Сергея Сидорова"),
    # a name no case shows, whose gender the past verb does not share: the noun's complement
    ("Помощник Нэнси Пелоси сказал, что иск будет подан.", "иск", "Помощник Нэнси Пелоси"),
    ("Советник Ангелы Меркель по экономике, который прилетел в Москву, заявил, что иск будет подан.", "иск",
     "Советник Ангелы Меркель по экономике"),
])
def test_a_person_named_in_the_genitive_is_not_the_speaker(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("По словам главы МИД Сергея Лаврова, переговоры продолжатся.", "переговоры", "Сергей Лавров"),
    ("Как сообщил пресс-секретарь президента Дмитрий Песков, встреча состоится.", "встреча", "Дмитрий Песков"),
    ("Министр Сергей Шойгу рассказал, что учения продлятся неделю. Позже министр добавил, что итоги подведут в мае.",
     "итоги", "Сергей Шойгу"),
    # … a woman named with a masculine noun, the verb hers
    ("Адвокат Мари Дюпон заявила, что иск будет подан.", "иск", "Мари Дюпон"),
    ("Министр Нэнси Пелоси заявила, что иск будет подан.", "иск", "Нэнси Пелоси"),
])
def test_a_role_in_the_name_s_own_case_still_names_it(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    ("Рост цен производителей в октябре замедлился, отмечают эксперты ВТБ Капитал. Индекс рассчитывается "
     "ежемесячно. Как отмечают эксперты, спрос остается слабым.", "спрос", "эксперты ВТБ Капитал", "group"),
    # (its representatives speak as the company, since the forty-second
    # session, and so do the later `представители компании`)
    ("Представители \"Газпрома\" заявили, что поставки возобновятся в среду. Как уточнили представители "
     "компании, ремонт займет два дня.", "ремонт", "Газпром", "organization"),
    ("Аналитики Райффайзенбанка ожидают снижения ставки. По мнению аналитиков, инфляция замедлится к весне.",
     "инфляция", "Аналитики Райффайзенбанка", "group"),
])
def test_people_of_a_named_organisation_are_a_group_a_later_noun_points_back_to(extractor, text, fragment, speaker,
                                                                                  kind):
    # `эксперты ВТБ Капитал` are the bank's people (a group), not the bank:
    # a later bare `эксперты` is the same group
    result = extractor.extract_document(text)
    q = by_text(result.quotes, fragment)
    assert q.speaker.name == speaker
    assert entity_of(result, q).kind == kind


@pytest.mark.parametrize("text, fragment, name, kind", [
    ("Грабители скрылись, рассказал охранник банка ВТБ.", "Грабители", "охранник банка ВТБ", "person"),
    ("Поезд опоздал, сообщил машинист РЖД.", "Поезд", "машинист РЖД", "person"),
    ("Уголовное дело возбуждено, сообщил \"Интерфаксу\" в пятницу оперативный дежурный по Буйнакскому ГОВД. "
     "\"Дело возбуждено по статье 317\", - сообщил дежурный.", "статье 317",
     "оперативный дежурный по Буйнакскому ГОВД", "person"),
    # (the organisation's own name, whatever its words)
    ("Больных много, сообщили \"Врачи без границ\".", "Больных", "Врачи без границ", "organization"),
])
def test_someone_of_a_named_organisation_is_a_person(extractor, text, fragment, name, kind):
    # an animate noun outside the organisation's name heads the phrase
    q = by_text(extractor.extract_document(text).quotes, fragment)
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_an_inspector_named_before_his_name_is_the_later_inspector(extractor):
    text = ("Как сообщил в четверг РИА \"Новости\" инспектор Международной Федерации транспортных рабочих (МФТ) во "
            "Владивостоке Петр Осичанский, на судне закончились пресная вода и продукты.\n\nПетр Осичанский "
            "пояснил, что судно стоит в порту с августа.\n\n\"Судовладелец не отвечает\", - сказал инспектор.")
    result = extractor.extract_document(text)
    assert by_text(result.quotes, "пресная").speaker.name == "Петр Осичанский"
    assert by_text(result.quotes, "Судовладелец").speaker.name == "Петр Осичанский"


@pytest.mark.parametrize("text, fragment, mention_end, speaker", [
    ("Бывший министр финансов России, глава Центра стратегических разработок (ЦСР) Алексей Кудрин заявил, "
     "что закон слишком жесткий.", "закон", "Алексей Кудрин", "Алексей Кудрин"),
    ("\"Это было ужасно\", - заявил один из организаторов мероприятия — президент Европейского еврейского "
     "общества Вячеслав Кантор.", "ужасно", "Вячеслав Кантор", "Вячеслав Кантор"),
    ("\"Сроки сорваны\", - сказала руководитель проекта — директор департамента строительства Анна Смирнова.",
     "Сроки", "Анна Смирнова", "Анна Смирнова"),
])
def test_an_apposition_chain_of_roles_ends_in_the_speaker_s_name(extractor, text, fragment, mention_end, speaker):
    # role, comma or dash, another role, the name: one mention, the person speaks
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.mention.text.endswith(mention_end) and q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Закон слишком жесткий, заявил бывший министр финансов России, глава ЦСР Алексей Кудрин. "
     "Экс-министр финансов отметил, что его надо смягчить.", "смягчить", "Алексей Кудрин"),
    ("Переговоры зашли в тупик, сообщил бывший посол США в России, профессор Стэнфордского университета "
     "Майкл Макфол. Как добавил экс-посол, санкции сохранятся.", "санкции", "Майкл Макфол"),
])
def test_a_former_role_at_the_head_of_an_apposition_chain_names_the_person(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Михаил Ходорковский, бывший глава НК ЮКОС, написал новую статью. «Власть не сможет победить на честных "
     "выборах», — пишет Ходорковский. Экс-глава ЮКОСа напоминает, что левые придут к власти.",
     "левые", "Михаил Ходорковский"),
    ("Йошка Фишер, экс-министр иностранных дел Германии, выступил в Мадриде. «Европа должна быть готова к "
     "действию», — сказал Фишер. Евросоюз слаб, считает бывший министр.", "Евросоюз", "Йошка Фишер"),
    ("Йошка Фишер, бывший глава МИД Германии, выступил в Мадриде. «Европа должна быть готова к действию», — "
     "сказал Фишер. Евросоюз слаб, заявил экс-глава МИД.", "Евросоюз", "Йошка Фишер"),
    ("Сергей Иванов, бывший тренер «Спартака», дал интервью. «Команда слаба», — сказал Иванов. Игроки устали, "
     "добавил экс-тренер.", "Игроки", "Сергей Иванов"),
    # (a new post is held now: the later `глава компании` is his)
    ("Иван Петров, новый глава компании, провел собрание. Прибыль вырастет, заявил глава компании.",
     "Прибыль", "Иван Петров"),
])
def test_a_former_role_in_apposition_after_the_name_is_his_former_role(extractor, text, fragment, speaker):
    # `Имя, бывший глава X,`: a post he held, for a later `экс-глава X`
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker

def test_a_role_chain_does_not_reach_past_another_person_s_name(extractor):
    text = ("Министр обороны Сергей Шойгу, глава МИД Сергей Лавров и другие приехали на совещание. "
            "Глава МИД заявил, что переговоры продолжатся.")
    assert by_text(extractor.extract(text), "переговоры").speaker.name == "Сергей Лавров"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Глава МИД Великобритании Джек Стро встретился с премьером Израиля Ариэлем Шароном. \"Переговоры были "
     "трудными\", - сказал Стро. Израильский премьер заявил, что мирный процесс продолжится.",
     "мирный", "Ариэль Шарон"),
    ("Глава МИД Франции Жан-Ноэль Барро заявил, что Париж поддержит санкции. \"Мы тоже их поддержим\", - сказал "
     "госсекретарь США Марко Рубио. Французский министр добавил, что пакет будет принят в мае.",
     "пакет", "Жан-Ноэль Барро"),
    ("Министр обороны Германии Борис Писториус прибыл в Киев. \"Помощь будет продолжена\", - сказал министр "
     "обороны Украины Рустем Умеров. Немецкий министр отметил, что поставки ускорятся.", "поставки",
     "Борис Писториус"),
])
def test_a_role_noun_of_one_country_is_never_a_person_of_another(extractor, text, fragment, speaker):
    # `израильский премьер` after the British foreign secretary spoke: the
    # adjective names the country, and the one introduced with Britain is out
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Обвиняемому грозит до четырех лет, говорится в заявлении прокурора округа Грин Дэна Паттерсона. "
     "\"Суд назначен на май\", - отмечается в заявлении.", "Суд", "Дэн Паттерсон"),
    ("Выплаты вырастут с января, говорится в обращении губернатора области Ивана Петрова. "
     "\"Деньги в бюджете есть\", - говорится в обращении.", "Деньги", "Иван Петров"),
    ("Вакцина безопасна, говорится в сообщении Минздрава. \"Побочных эффектов не выявлено\", - говорится "
     "в сообщении.", "Побочных", "Минздрав"),
    # `документ` for a statement whose author a participle names, a comment, or
    # one that already spoke with its author found
    ("В распространенном пресс-службой холдинга заявлении говорится, что сделка закрыта. \"Мы рассчитываем "
     "на рост\", - отмечается в документе.", "Мы рассчитываем", "пресс-служба холдинга"),
    ("В опубликованной Минфином справке говорится, что дефицит сократился. В документе также отмечается, "
     "что доходы выросли на 5%.", "доходы", "Минфин"),
    ("\"Решение принято единогласно\", - говорится в комментарии МИД Эстонии, опубликованном в среду. "
     "Как отмечается в документе, \"переговоры будут продолжены\".", "переговоры", "МИД Эстонии"),
    ("МИД Франции выступил с заявлением. В заявлении говорится, что посол вызван в Париж. Кроме того, "
     "в документе отмечается, что санкции будут расширены.", "санкции", "МИД Франции"),
])
def test_a_bare_statement_noun_is_the_statement_of_its_author_named_before(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the outlet that relayed the news before wrote no press release, letter or appeal
    ("Власти Канады намерены ужесточить правила въезда, передает «Интерфакс». Новые меры вступят в силу "
     "с июля, говорится в пресс-релизе.", "Новые меры", "пресс-релиз"),
    ("Жители поселка выступили против свалки, пишет «Коммерсантъ». «Мы просим остановить стройку», — "
     "говорится в письме.", "Мы просим", "письмо"),
    ("Суд рассмотрит иск в марте, сообщает BBC. В исковом заявлении утверждается, что права нарушены.",
     "права нарушены", "заявление"),
    # a statement the relayed news names has the owner named there
    ("Минздрав опубликовал заявление о вакцинации, передает ТАСС. Прививки будут бесплатными, говорится "
     "в заявлении.", "Прививки", "Минздрав"),
    ("Жители города подписали обращение к губернатору, сообщает РБК. «Мы просим остановить стройку», — "
     "говорится в обращении.", "Мы просим", "Жители города"),
    # a medium's own report is its own: a report, not a press release
    ("КНДР провела испытание ракеты, сообщает ЦТАК. Испытание прошло успешно, говорится в сообщении.",
     "прошло успешно", "ЦТАК"),
    ("Первый канал покажет все матчи, говорится в заявлении телеканала. «Трансляции начнутся в мае», — "
     "говорится в заявлении.", "Трансляции", "Первый канал"),
    # statements named in a document's own words, and in the plural, are other statements
    ("Совет Федерации принял обращение к правительству. Сенаторы осуждают обращения депутатов соседних "
     "стран, говорится в документе. «Это недопустимо», — подчеркивается в обращении.", "недопустимо",
     "Совет Федерации"),
])
def test_a_medium_that_relayed_the_news_wrote_no_statement(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


def test_news_reported_earlier_is_not_the_statements(extractor):
    """In an article that is an institution's statement, its impersonal
    reports are the institution's (`Отмечается, что P`); `сообщалось`, or a
    past one said to be earlier (`Как указывалось ранее`), tells of earlier
    news, whoever gave it: no speaker, as the dev gold marks them (and a
    bare `Как сообщалось ранее, P` no quote at all, as dev.gold has it)."""
    text = ("Минздрав опубликовал заявление о вакцинации.\n\nПрививки будут бесплатными, говорится в заявлении. "
            "Отмечается, что запись откроется в мае.\n\nКак сообщалось ранее, в стране закончились вакцины. "
            "Ранее сообщалось, что поставки задерживаются. Как указывалось ранее, склады пусты.")
    quotes = extractor.extract(text)
    assert by_text(quotes, "запись").speaker.name == "Минздрав"
    for fragment in ("поставки", "склады"):
        assert by_text(quotes, fragment).speaker.name is None, fragment
    assert not any("закончились вакцины" in q.text for q in quotes)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Лесин также опроверг информацию о том, что Венедиктов предлагал выкупить радиостанцию, и заявил, "
     "что сделка не обсуждалась.", "сделка", "Лесин"),
    ("Министр финансов Антон Силуанов опроверг слухи о том, что банки просили помощи, и добавил, что резервы "
     "достаточны.", "резервы", "Антон Силуанов"),
    ("Ольга Петрова подтвердила, что адвокаты подали жалобу, и сообщила, что суд назначен на май.", "суд",
     "Ольга Петрова"),
])
def test_a_coordinated_cue_shares_the_first_verb_s_subject_across_a_clause(extractor, text, fragment, speaker):
    # `X опроверг …, что Y …, и заявил`: X speaks, not the subject of the clause between
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Бывший советник президента заявил, что реформы провалились. По словам экс-советника президента, "
    "вернуть доверие будет трудно.",
    "Бывший министр обороны рассказал, что армия не готова к войне. Экс-министр добавил, что закупки сорваны.",
])
def test_a_former_role_with_no_name_is_one_entity_with_its_later_ex_role(extractor, text):
    result = extractor.extract_document(text)
    assert len(result.quotes) == 2 and len({q.speaker.entity for q in result.quotes}) == 1


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Канцлер Германии Ангела Меркель и президент России Владимир Путин заявили, что перемирие надо продлить.",
     "перемирие", "Ангела Меркель и Владимир Путин"),
    ("По словам Ангелы Меркель и Владимира Путина, перемирие надо продлить.", "перемирие",
     "Ангела Меркель и Владимир Путин"),
    ("Генсек НАТО Андерс Фог Расмуссен и командующий силами альянса Филип Бридлав заявили, что угроза растет.",
     "угроза", "Андерс Фог Расмуссен и Филип Бридлав"),
    # a list closed by `и`: the commas join people, not appositions
    ("Меркель, Путин и Порошенко согласились с тем, что необходимо обеспечить доступ наблюдателей.",
     "доступ", "Меркель, Путин и Порошенко"),
    ("Иванов, Петров и Сидоров заявили, что цены вырастут.", "цены", "Иванов, Петров и Сидоров"),
    ("Глава Минфина Антон Силуанов, министр экономики Максим Решетников и глава ЦБ Эльвира Набиуллина "
     "заявили, что инфляция замедлится.", "инфляция", "Антон Силуанов, Максим Решетников и Эльвира Набиуллина"),
    ("Люди запасаются впрок, соглашаются социолог Федоров, замдиректора «Левада-центра» Алексей Гражданкин "
     "и Музафаров.", "запасаются", "Федоров, Алексей Гражданкин и Музафаров"),
])
def test_people_joined_by_and_speak_as_a_group(extractor, text, fragment, speaker):
    result = extractor.extract_document(text)
    q = by_text(result.quotes, fragment)
    assert q.speaker.name == speaker
    assert entity_of(result, q).kind == "group"


def test_a_demonstrative_points_to_the_one_who_describes_the_subject(extractor):
    # `Тот` points past the subject; the name in the subject's own modifier is whom it means
    text = "Журналист, друживший с Алексеем Навальным, позвонил ему в колонию. Тот сказал, что чувствует себя хорошо."
    assert by_text(extractor.extract(text), "чувствует").speaker.name == "Алексей Навальный"


@pytest.mark.parametrize("text", [
    "Депутат Иван Петров, глава комитета по бюджету, заявил, что налоги не вырастут.",
    "Иван Петров, Сидоров и другие депутаты не пришли. Петров заявил, что налоги не вырастут.",
])
def test_a_comma_without_a_closing_and_keeps_one_person(extractor, text):
    q = by_text(extractor.extract(text), "налоги")
    assert q.speaker.name == "Иван Петров" and q.speaker.kind == "person"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Билл Гейтс выступил на конференции. \"Нужно вирусное видео\", - сказал Гейтс. Позже Мелинда Гейтс "
     "рассказала о работе фонда.", "вирусное", "Билл Гейтс"),
    ("Опубликованы мемуары Хосни Мубарака. Каддафи, пишет Мубарак, не доверял своему народу. \"Это заставило "
     "Сюзан Мубарак убедить меня\", - вспоминает он.", "Каддафи", "Хосни Мубарак"),
])
def test_a_surname_is_the_person_named_before_not_a_relative_named_later(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("intro", ["свергнутого президента", "отставного президента"])
def test_a_deposed_or_retired_role_is_a_former_one(extractor, intro):
    text = (f"Опубликованы мемуары {intro} Хосни Мубарака. \"Каддафи не доверял своему народу\", - "
            f"вспоминает экс-президент.")
    assert by_text(extractor.extract(text), "Каддафи").speaker.name == "Хосни Мубарак"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Уходящий в отставку с поста главы палестинского правительства Ахмед Куреи объявил, что режим ЧП вводится "
     "на всей территории.", "режим", "Ахмед Куреи"),
    ("Управляющий филиала банка в Нижнем Новгороде Георгий Гречин заявил, что вклады застрахованы.", "вклады",
     "Георгий Гречин"),
])
def test_a_participle_phrase_before_the_name_is_not_the_speaker(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


def test_a_bare_surname_is_the_person_named_most_not_a_relative_named_once(extractor):
    text = ("Хосни Мубарак опубликовал мемуары. Мубарак пишет, что Каддафи не доверял народу. "
            "Мубарак вспоминает и о жене. \"Сюзан Мубарак убедила меня уйти\", - признается он. "
            "Как пишет Мубарак, армия его не поддержала.")
    q = by_text(extractor.extract(text), "армия")
    assert q.speaker.name == "Хосни Мубарак"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Министр Иван Петров выступил на форуме. Подчеркнул, что реформа продолжится.", "реформа", "Иван Петров"),
    ("Мэр Майкл Блумберг заверил горожан, что власти сделают все возможное. И выразил надежду, что жители "
     "отнесутся к мерам с пониманием.", "жители", "Майкл Блумберг"),
    ("Наталья Шилова рассказала, что устроилась в компанию, поскольку к тому моменту убедилась, что детей травят.",
     "детей травят", "Наталья Шилова"),
])
def test_a_reporting_verb_with_no_subject_goes_on_with_the_subject_before(extractor, text, fragment, speaker):
    quote = next(q for q in extractor.extract(text) if q.text.startswith(fragment))
    assert quote.speaker.name == speaker


def test_a_verb_with_no_subject_that_disagrees_takes_nobody(extractor):
    text = "Министр Анна Петрова выступила на форуме. Отметил, что реформа продолжится."
    quote = next(q for q in extractor.extract(text) if "реформа" in q.text)
    assert quote.speaker.entity is None


@pytest.mark.parametrize("aside", ["работающего с 22 мая", "который работает с мая", "расположенного в Актау"])
def test_a_clause_between_a_role_and_the_name_leaves_the_name_the_speaker(extractor, aside):
    text = f"Пресс-секретарь компании \"Спутник\", {aside}, Дмитрий Чистов сообщил, что лента формируется сама."
    assert extractor.extract(text)[0].speaker.name == "Дмитрий Чистов"


@pytest.mark.parametrize("phrase, speaker", [
    ("приводит мнение аналитика Маши Липман, которая полагает", "Маша Липман"),
    ("опровергла информацию представителя миссии Андрея Крисько, который заявил", "Андрей Крисько"),
])
def test_a_relative_pronoun_speaks_as_the_noun_it_agrees_with(extractor, phrase, speaker):
    text = f"Газета {phrase}, что журналисты уже на свободе."
    q = next(q for q in extractor.extract(text) if "свободе" in q.text)
    assert q.speaker.name == speaker


def test_a_relative_pronoun_after_a_titled_law_is_the_law(extractor):
    text = ("Президент утвердил федеральный закон \"О противодействии противникам Америки посредством санкций\", "
            "согласно которому правительство должно предоставить доклад.")
    q = next(q for q in extractor.extract(text) if "доклад" in q.text)
    assert q.speaker.name.startswith("федеральный закон")


def test_i_inside_someones_direct_quote_is_that_someone(extractor):
    text = ("Хиллари Клинтон повторила слова присяги вслед за вице-президентом Джозефом Байденом. \"Хотя, - добавил "
            "Байден, - я никогда не думал, что буду сам приведен к присяге в качестве вице-президента\".")
    q = next(q for q in extractor.extract(text) if q.text.startswith("буду сам"))
    assert q.speaker.name == "Джозеф Байден"


def test_i_in_a_column_under_its_authors_name_is_the_author(extractor):
    text = ("Глеб Кузнецов: \"Компьютерные игры полезны\"\n\n"
            "Сын добавил в игру новые правила. Я ему говорю: \"у тебя все будут несчастны\".")
    q = next(q for q in extractor.extract(text) if "несчастны" in q.text)
    assert q.speaker.name == "Глеб Кузнецов"


def test_a_name_joined_by_kak_i_leaves_the_role_the_speaker(extractor):
    q = extractor.extract("Министр, как и Иван Петров, заявил, что реформа продолжится.")[0]
    assert q.speaker.mention.text == "Министр"


def test_a_bare_correspondent_is_a_person(extractor):
    assert extractor.extract("Цены вырастут, сообщил корреспондент.")[0].speaker.kind == "person"


@pytest.mark.parametrize("text, gender", [
    ("Сегодня убийце Кравцу будут предъявлены официальные обвинения.", None),
    ("Вчера коллеге Смирнову вручили награду.", None),
    ("Вчера актрисе Петровой вручили награду.", "Fem"),
])
def test_a_common_gender_noun_tells_no_gender_of_the_name_beside_it(extractor, text, gender):
    # `убийца`, `коллега` are feminine in form and a man's as well: a name
    # in apposition to one is not made a woman (then `женщина` … would be him)
    from quotes.speakers import _agreeing_gender

    doc = extractor.backend.parse(text)
    name = next(n for n in doc.names if n.type == "PER")
    assert _agreeing_gender(doc, doc.tokens_in(name.start, name.end)) == gender


@pytest.mark.parametrize("text, name", [
    ("Полиция объявила награду за поимку убийцы Солтыса. Его заметила соседка. Однако женщина не стала звонить в "
     "полицию, сочтя, что обозналась.", "женщина"),
    ("Суд вынес приговор Кравцу. Его опознала соседка. Однако женщина не стала давать показания, заявив, что "
     "обозналась.", "женщина"),
    # a woman's surname does not decline: she is the woman
    ("Полиция допросила Анн Уинтертон. Однако женщина отказалась от комментариев, заявив, что торопится.",
     "Анн Уинтертон"),
])
def test_a_surname_the_text_declines_as_a_masculine_noun_is_a_mans(extractor, text, name):
    # `Солтыса`, `Кравцу`: a consonant-final surname with a masculine case
    # ending; a later `женщина` is not him
    quote = extractor.extract_document(text).quotes[-1]
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, name, kind", [
    ("\"Мы просим прощения у всех\", - говорится в заявлении семьи Лофнера.", "семья Лофнера", "group"),
    ("По словам семьи Лофнера, они просят прощения у всех.", "семья Лофнера", "group"),
    ("\"Мы продолжим работу\", - говорится в заявлении штаба Навального.", "штаб Навального", "organization"),
    ("По данным института Роберта Коха, число заболевших выросло.", "институт Роберта Коха", "organization"),
    # a name in apposition to a role noun is the speaker
    ("По словам политолога Азера Гараева, визит имеет историческое значение.", "Азер Гараев", "person"),
])
def test_a_name_in_the_genitive_of_a_noun_for_no_person_is_not_the_speaker(extractor, text, name, kind):
    # `семьи Лофнера`, `штаба Навального`: the family, the office speak, not
    # the person they are named after
    speaker = extractor.extract_document(text).quotes[0].speaker
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, fragment, name", [
    ("Заявление прозвучало на фоне жесткой критики со стороны президента Дмитрия Медведева, который заявил, что "
     "госкорпорации неэффективны.", "госкорпорации", "Дмитрий Медведев"),
    ("Об этом говорится в докладе эксперта Ивана Петрова, который считает, что реформа провалилась.",
     "реформа провалилась", "Иван Петров"),
    ("Переговоры прошли на фоне визита министра Сергея Лаврова, который заявил, что диалог продолжится.",
     "диалог продолжится", "Сергей Лавров"),
    ("Таково мнение аналитика Маши Липман, которая полагает, что протесты продолжатся.", "протесты продолжатся",
     "Маша Липман"),
])
def test_a_relative_that_speaks_is_the_person_of_the_phrase_before_it(extractor, text, fragment, name):
    # `на фоне визита министра Сергея Лаврова, который заявил`: `фон` and
    # `визит` agree with `который` as well, but only a person speaks
    speaker = next(q for q in extractor.extract_document(text).quotes if fragment in q.text).speaker
    assert speaker.name == name


def test_a_family_named_in_the_plural_gives_no_member_its_gender(extractor):
    # `у дома Лофнеров` (tagged a singular `-ов` surname) is the family, not
    # a man: Эми Лофнер, named before, stays of no known gender, so a later
    # `Он` cannot be her
    from quotes.speakers import Registry

    doc = extractor.backend.parse("Сами Рэнди и Эми Лофнер из дома не выходят. Журналисты дежурят у дома Лофнеров "
                                  "в Тусоне.")
    registry = Registry(doc)
    amy = next(e for e in registry.entities if e.name == "Эми Лофнер")
    assert amy.gender != "Masc"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Об этом рассказала член комиссии Марина Петрова, которая навестила Павла Сидорова в СИЗО. "
     "По ее словам, он не нервничает. Он сказал, что вину признал сам.", "вину признал", "Павел Сидоров"),
    ("Директор школы Анна Иванова встретилась с учеником Петром Смирновым. Он сказал, что экзамен был трудным.",
     "экзамен был", "Петр Смирнов"),
    ("Как сообщила врач больницы Ольга Кузнецова, которая осмотрела Игоря Белова, он чувствует себя хорошо. "
     "«Мне лучше», — сказал он.", "Мне лучше", "Игорь Белов"),
])
def test_a_masculine_role_noun_with_a_womans_name_is_no_he(extractor, text, fragment, speaker):
    # `член комиссии Марина Петрова`: the noun is masculine, the person is a
    # woman, so a later `он` is the man named next, not her
    assert by_text(extractor.extract_document(text).quotes, fragment).speaker.name == speaker


def test_a_role_noun_with_a_mans_name_is_still_he(extractor):
    text = "Директор школы Петр Иванов встретился с ученицей Анной Смирновой. Он сказал, что экзамен был трудным."
    assert by_text(extractor.extract_document(text).quotes, "экзамен был").speaker.name == "Петр Иванов"


@pytest.mark.parametrize("text, name", [
    ("«Мы готовы к диалогу», — цитирует агентство итальянского премьера.", "итальянский премьер"),
    ("«Мы готовы к диалогу», — цитирует ТАСС российского министра.", "российский министр"),
    ("«Мы готовы к диалогу», — цитирует газета американских дипломатов.", "американские дипломаты"),
    ("«Мы готовы к диалогу», — приводит агентство слова российской журналистки.", "российская журналистка"),
])
def test_a_speaker_in_the_accusative_is_named_in_the_nominative(extractor, text, name):
    # an animate accusative is its genitive: the adjective the tagger read
    # as the other case still agrees with its noun
    assert by_text(extractor.extract(text), "готовы к диалогу").speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Адвокаты подали жалобу. Претензии со стороны адвокатов звучали и в адрес полиции, сообщает Интерфакс. "
     "Они, в частности, заявляли, что свидетели подвергаются давлению.", "Адвокаты"),
    ("Об этом пишут Известия. Они утверждают, что сделка сорвалась.", "Известия"),
    ("Боевики пришли к дому вдовы, сообщает Los Angeles Times. Они заявили, что заберут ее дочь.", "Боевики"),
])
def test_they_is_no_medium_named_in_the_singular(extractor, text, name):
    """`…, сообщает Интерфакс. Они заявляли`: a medium with a singular name
    is no `они`; one with a plural name (`Известия`) may be."""
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, mention", [
    ("«Это политические убийства», - сказал политолог (цитата по NEWSru.ua).", "политолог"),
    ("Как считают эксперты Всемирной организации здравоохранения (ВОЗ), риск возрастает.",
     "эксперты Всемирной организации здравоохранения (ВОЗ)"),
])
def test_a_mention_closes_the_bracket_it_opens(extractor, text, mention):
    # a short name in brackets is the phrase's; an aside in brackets is not
    quote = extractor.extract(text)[0]
    assert quote.speaker.mention.text == mention
    assert text[quote.speaker.mention.start:quote.speaker.mention.end] == mention


def test_a_name_written_again_in_its_own_script_is_named_once(extractor):
    # `Джоэл Саймон (Joel Simon)`: the bracket is the mention's, not the name's
    text = "«Мы находимся на критическом этапе», - заявил руководитель КЗЖ Джоэл Саймон (Joel Simon)."
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == "Джоэл Саймон"
    assert quote.speaker.mention.text.endswith("(Joel Simon)")


@pytest.mark.parametrize("text, name", [
    ("Актриса Анна Петрова обвинила продюсера в домогательствах. Та заявила, что он пригласил ее в номер.",
     "Анна Петрова"),
    ("Полиция задержала Ивана Сидорова. Тот заявил, что невиновен.", "Иван Сидоров"),
    ("Рабочие обратились к директору. Те заявили, что зарплату не платят три месяца.", "Рабочие"),
    # past the subject of the sentence before, to the other one it named
    ("Ведущий Тайгер Дрю-Хани поинтересовался у Мэтта Макмаллена, приведет ли это к революции. "
     "Тот ответил, что не знает.", "Мэтт Макмаллен"),
    # ... and past the subject of its own sentence, in a text's first sentence too
    ("Когда Анна Белова спросила Марию Орлову о выборах, та ответила, что не пойдет голосовать.", "Мария Орлова"),
    ("Когда журналист Иван Петров спросил министра Олега Сидорова о ценах, тот ответил, что цены снизятся.",
     "Олег Сидоров"),
    # one of a group (`одной из сотрудниц`), not someone named further back
    ("Актриса Анна Белова подала иск.\n\nВ 1984 году продюсер домогался одной из сотрудниц съемочной группы. "
     "Та рассказала продюсеру фильма, что ей угрожали.", "одна из сотрудниц съемочной группы"),
    ("Министр Иван Петров выступил на митинге. Полиция задержала одного из молодых участников акции. "
     "Тот заявил, что ничего не нарушал.", "один из молодых участников акции"),
])
def test_a_demonstrative_subject_stands_for_someone_named_before(extractor, text, name):
    # `Та заявила`: no person named `та`, but whom the pronoun would name
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_plural_pronoun_after_one_of_a_group_may_be_the_group(extractor):
    text = ("Одному из обвиняемых не исполнилось 18 лет. Все они утверждают, что являются \"всего лишь "
            "сомалийскими рыбаками\".")
    assert extractor.extract(text)[-1].speaker.name == "обвиняемые"


def test_a_mention_never_cuts_a_word_and_a_number_is_no_speaker(extractor):
    # `3DNews` split by the tokenizer is one name; a list's `2.` speaks for no one
    quote = extractor.extract("Ограничения коснулись и габаритов предмета, передает 3DNews.")[0]
    assert quote.speaker.mention.text == "3DNews"
    text = ("Дюссельдорф — комфортабельный город.\n\n2. Дюссельдорф — наиболее комфортабельный для жизни "
            "город Германии, об этом говорят специально проведенные исследования.")
    assert all(q.speaker.mention is None or q.speaker.mention.text != "2" for q in extractor.extract(text))


def test_the_agent_of_a_participle_inside_the_phrase_is_not_its_person(extractor):
    # `один из опрошенных Уилсоном молодых людей`: the one asked, not Уилсон
    quote = extractor.extract("Как заметил один из опрошенных Уилсоном молодых людей, мы — первое поколение.")[0]
    assert quote.speaker.name != "Уилсон" and quote.speaker.mention.text.startswith("один из опрошенных")


@pytest.mark.parametrize("text, name", [
    ("Экс-сотрудник ФСБ заявил, что обвинения ложны.", "Экс-сотрудник ФСБ"),
    ("На вопрос о докладе экс-сотрудник Госдепа ответить затруднился, отметив, что санкции будут жесткими.",
     "экс-сотрудник Госдепа"),
])
def test_a_former_holder_of_a_role_is_a_person(extractor, text, name):
    # `экс-сотрудник Госдепа` is a person of the department, not the department
    quote = extractor.extract(text)[0]
    assert (quote.speaker.name, quote.speaker.kind) == (name, "person")


@pytest.mark.parametrize("text, name", [
    ("Как рассказали несколько участников заседания, решение отложено.", "несколько участников заседания"),
    ("Как рассказали двое очевидцев, взрыв был сильным.", "двое очевидцев"),
    ("Как сообщил один источник, сделка сорвалась.", "один источник"),
])
def test_a_counted_noun_is_named_as_counted(extractor, text, name):
    # `несколько участников заседания`, not `несколько участники заседания`
    assert extractor.extract(text)[0].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # `многих` agrees with its noun as an adjective does: `многие аналитики`
    ("По мнению многих аналитиков, рубль ослабнет.", "многие аналитики"),
    ("По мнению немногих экспертов, рубль окрепнет.", "немногие эксперты"),
])
def test_many_agrees_with_its_noun_in_the_name(extractor, text, name):
    assert extractor.extract(text)[0].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # the parse hangs the name on the quoted words: the verb has no subject of its own
    ("«Он был гением», - уверен Марк Захаров. «Императором струны и смычка» назвал Мстислава Ростроповича "
     "Юрий Башмет. Он обратил внимание на то, что музыкант был невероятно щедр.", "Юрий Башмет"),
    ("«Он был гением», - уверен Марк Захаров. Ростроповича гением назвал и Юрий Башмет. "
     "Он отметил, что музыкант был невероятно щедр.", "Юрий Башмет"),
    # the pronoun's gender still decides
    ("«Он был гением», - уверена Анна Петрова. Ростроповича гением назвал и Юрий Башмет. "
     "Она добавила, что музыкант был невероятно щедр.", "Анна Петрова"),
])
def test_a_name_after_its_verb_is_the_subject_a_pronoun_takes_up(extractor, text, name):
    # `назвал Ростроповича Юрий Башмет. Он …`: the last subject, not the last speaker
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # one of a group speaks: one person, named in the nominative as written
    ("По словам одного из лидеров оппозиции, митинг состоится.", "один из лидеров оппозиции"),
    ("По данным одного из источников агентства, сделка сорвалась.", "один из источников агентства"),
    ("По словам одной из участниц акции, митинг состоится.", "одна из участниц акции"),
    ("В заявлении одного из организаторов фестиваля говорится, что премьера состоится в среду.",
     "один из организаторов фестиваля"),
    # and where the group's member is named, the person
    ("По словам одного из адвокатов Ходорковского Карины Москаленко, жалоба подана.", "Карина Москаленко"),
    ("Премьера состоится в среду, сообщает РИА «Новости» со ссылкой на заявление одного из режиссеров "
     "картины Альваро Пастора.", "Альваро Пастор"),
    ("Премьера состоится в среду, говорится в заявлении одного из режиссеров картины Альваро Пастора.",
     "Альваро Пастор"),
    ("Секретарь Союза журналистов России, один из авторов закона о СМИ Михаил Федотов считает, что суд "
     "не имел оснований запрещать показ программы.", "Михаил Федотов"),
    ("«Закон нужен», - считает депутат Госдумы, одна из авторов закона Ирина Яровая.", "Ирина Яровая"),
])
def test_one_of_a_group_is_one_person(extractor, text, name):
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == name
    assert quote.speaker.kind != "group"


@pytest.mark.parametrize("text, name", [
    # a part of a group takes a plural verb: the phrase is the subject
    ("Большинство экспертов считают, что рубль укрепится.", "Большинство экспертов"),
    ("Ряд депутатов Госдумы заявили, что закон будет принят.", "Ряд депутатов Госдумы"),
    ("«Рубль укрепится», — считают большинство опрошенных аналитиков.", "большинство опрошенных аналитиков"),
    # a counted noun is in the genitive, its numeral the subject's head, even
    # where the parse hangs the noun on a later verb
    ("В середине июля 2019 года сразу несколько изданий обратили внимание, что принятием закона дело не "
     "ограничилось — аналогичные поправки Минобороны решило внести в дисциплинарный устав Вооруженных сил.",
     "несколько изданий"),
    # counted outlets are not the outlet named before
    ("Газета «Ведомости» сообщила о сделке. Несколько изданий обратили внимание, что сделка не закрыта.",
     "Несколько изданий"),
    # a while counted is no speaker
    ("Шевченко три года назад заявил, что в Лондоне его все устраивает.", "Шевченко"),
])
def test_a_counted_or_collective_subject_speaks(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_collective_of_people_is_no_thing_that_evidences(extractor):
    # `подтверждают` with a thing for subject reports nothing; with people it does
    text = "Как указал Касьянов, большинство родителей в ходе опросов подтверждают, что платят очень часто."
    nested = [q for q in extractor.extract(text) if q.text == "платят очень часто"]
    assert nested and nested[0].speaker.name == "большинство родителей"


@pytest.mark.parametrize("text, name", [
    ("«Теперь правительству станет тяжелее», - считает руководитель аналитического подразделения «Атона» "
     "Стивен Дашевский. Но правительственный чиновник, пожелавший сохранить анонимность, уверен, что отчет "
     "не изменит решения приставов.", "правительственный чиновник"),
    ("«Удар был точным», - заявил министр обороны Пакистана Рао Сикандер. Сразу по завершении операции "
     "просивший не называть его имени официальный представитель пакистанских военных сообщил, что лагерь "
     "уничтожен.", "официальный представитель пакистанских военных"),
    # without such words the role noun is still the one named with it
    ("«Удар был точным», - заявил представитель армии Рао Сикандер. Позже представитель армии сообщил, "
     "что лагерь уничтожен.", "Рао Сикандер"),
])
def test_a_person_the_text_leaves_unnamed_is_no_one_it_named(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_newspaper_is_not_the_unnamed_media_named_since(extractor):
    # `отмечает газета`: the newspaper that spoke, not `некоторые СМИ`
    text = ("Бакиев бежал за границу, пишет The Independent. Некоторые СМИ сообщили, что он вернется. "
            "Правительство настроено решительно, отмечает газета.")
    assert extractor.extract(text)[-1].speaker.name == "The Independent"


@pytest.mark.parametrize("text, name", [
    # `Там добавили`: the institution that spoke in the sentence before
    ("Сарапулов арестован на 10 суток, сообщили «Интерфаксу» в пресс-службе суда. Там добавили, что "
     "постановление суда не вступило в силу.", "пресс-служба суда"),
    ("«Следствие ведет речь о взятке», - подчеркнули в пресс-службе СК. Там отметили, что это наводит на "
     "мысль о провокации.", "пресс-служба СК"),
])
def test_there_is_the_institution_that_spoke_before(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_there_is_no_person_and_no_medium(extractor):
    assert extractor.extract("Иван Петров приехал в Москву. Там ему сказали, что встреча отменена.")[-1] \
        .speaker.name is None
    text = ("Некоторые СМИ сообщили об этом иначе. В результате пограничной службе пришлось выступить с "
            "опровержением: там разъяснили, что такого понятия не существует.")
    assert extractor.extract(text)[-1].speaker.name != "Некоторые СМИ"


@pytest.mark.parametrize("text, name", [
    # an institution of its own in the genitive is that one's press service
    ("Генпрокуратура возбудила дело. Дело направлено в суд, сообщили в пресс-службе суда.", "пресс-служба суда"),
    ("Лидер ЛДПР Владимир Жириновский осудил акцию. Сарапулов арестован на 10 суток, сообщили «Интерфаксу» "
     "в пресс-службе суда.", "пресс-служба суда"),
    # a generic one still points back
    ("Генпрокуратура возбудила дело. Дело направлено в суд, сообщили в пресс-службе ведомства.", "Генпрокуратура"),
])
def test_the_press_service_of_a_named_kind_of_institution(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("В компании \"Ромашка\", представляющей интересы мигрантов, заявляют, что руководство превышает полномочия.",
     "Ромашка"),
    ("В министерстве, проводившем проверку, сообщили, что нарушений нет.", "министерство"),
    ("В ведомстве, отвечающем за безопасность, подчеркнули, что нарушений нет.", "ведомство"),
])
def test_an_institution_speaks_across_a_participle_phrase(extractor, text, name):
    """`В компании X, представляющей …, заявляют`: the participle phrase set
    off by commas describes the place; it is no gap between it and the verb."""
    assert extractor.extract(text)[0].speaker.name == name


# A person brought in by a string of posts, the name last: the mention
# reaches the name across commas between posts, a second bare post, a
# participle and an abbreviation inside a complement; the posts are not
# content.
POSTS_THEN_NAME = [
    ("В интервью газете депутат Госдумы, глава подкомитета по транспорту, бывший офицер полиции Олег Руднев "
     "заявил, что закон будет принят.", "Олег Руднев", "закон будет принят"),
    ("Это недопустимо, заявил заместитель главы службы, начальник следственной группы, генерал Андрей Корнеев.",
     "Андрей Корнеев", "Это недопустимо"),
    ("«Ситуация стабильна», — сообщил первый заместитель мэра, руководитель департамента транспорта, "
     "бывший вице-губернатор области Петр Бирюков.", "Петр Бирюков", "Ситуация стабильна"),
    ("Как отметил в беседе с российскими журналистами постоянный представитель России при Объединенных Нациях "
     "Илья Соколов, оговоренные в проекте резолюции меры направлены на возвращение к переговорам.",
     "Илья Соколов", "оговоренные в проекте"),
    ("Помощь получили 120 человек. Об этом сообщила журналистам директор научного центра психиатрии "
     "им. Сербского Татьяна Власова, передает РИА Новости.", "Татьяна Власова", "Помощь получили"),
    ("До пандемии остался один шаг, считает директор института вирусологии им. Ивановского Дмитрий Лебедев.",
     "Дмитрий Лебедев", "До пандемии"),
    ("Это улучшит экологию, считает один из авторов проекта экономист Прабху Ранган.", "Прабху Ранган",
     "Это улучшит"),
    ("Как сказал один из лидеров партии депутат Иван Петров, выборы пройдут честно.", "Иван Петров",
     "выборы пройдут"),
    ("Иск будет подан, сообщил представитель компании адвокат Игорь Васильев.", "Игорь Васильев", "Иск будет"),
]


@pytest.mark.parametrize("text, name, content", POSTS_THEN_NAME)
def test_the_name_after_a_string_of_posts_speaks(extractor, text, name, content):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name
    assert q.text == content or q.text.startswith(content) and "," not in q.text[len(content):]
    assert len(q.spans) == 1
    assert text[q.speaker.mention.start:q.speaker.mention.end] == q.speaker.mention.text


@pytest.mark.parametrize("text, speaker, parts", [
    ("Рынок растет, отметил аналитик, цены на нефть поднимутся.", "аналитик", 2),
    ("Рынок растет, отметил аналитик банка, а цены на нефть поднимутся.", "аналитик банка", 2),
])
def test_words_after_the_speaker_that_name_no_post_stay_content(extractor, text, speaker, parts):
    q = extractor.extract(text)[0]
    assert q.speaker.name == speaker
    assert len(q.spans) == parts


# Of two subjects the parse gives one verb, one the tagger read in another
# case is the verb's object, fronted; the nominative one speaks.
@pytest.mark.parametrize("text, name, chain", [
    ("Трое граждан Канады находятся среди заложников. Об этом факте сообщил сегодня ИТАР-ТАСС официальный "
     "представитель МИД Канады.", "официальный представитель МИД Канады", ["ИТАР-ТАСС"]),
    ("Отказ от продукции Nokia дилеры объясняли высокими ценами, однако близкий к компании источник сообщал, "
     "что продавцы хотели скидок.", "источник", []),
])
def test_a_fronted_object_is_not_the_subject(extractor, text, name, chain):
    quote = extractor.extract(text)[0]
    assert name in quote.speaker.name
    assert [layer.name for layer in quote.chain] == chain


# A pronoun in a quote nested in a direct quote points into the words of that
# direct quote: the story it lives in (not into another quote nested there).
@pytest.mark.parametrize("text, fragment, name", [
    ('Глава банка Олег Смирнов приехал в Лондон. Его помощник Иван Сидоров пояснил: "Переговоры идут трудно. '
     'Министр Петр Лавров настроен скептически. Он заявил, что не подпишет соглашение".', "не подпишет", "Петр Лавров"),
    ('Директор ЦРУ Анна Белова прилетела из Турции. Об этом сообщил пресс-секретарь Иван Сидоров: "Анна Белова '
     'провела брифинг. Она рассказала президенту, что удалось выяснить".', "удалось", "Анна Белова"),
])
def test_a_pronoun_nested_in_a_direct_quote_reads_its_words(extractor, text, fragment, name):
    quote = next(q for q in extractor.extract(text) if q.text.startswith(fragment))
    assert quote.speaker.name == name
    assert [layer.name for layer in quote.chain] == ["Иван Сидоров"]


# A noun for a person capitalised at a sentence start, which the tagger
# reads as a name (`Японец`, `Кубинец`), is a noun a pronoun can point to.
@pytest.mark.parametrize("noun", ["Японец", "Кубинец", "Пенсионер"])
def test_a_sentence_initial_noun_for_a_person_is_an_antecedent(extractor, noun):
    text = (f'Депутат Анна Петрова рассказала собравшимся: "Едут в поезде англичанин и {noun.lower()}. {noun} '
            f'выбрасывает в окно фотоаппарат. Когда его спрашивают, зачем он это сделал, он отвечает: "В моей стране '
            f'их много".')
    quote = next(q for q in extractor.extract(text) if q.text.startswith("В моей"))
    assert quote.speaker.name.lower() == noun.lower()


# A site named by its address is an outlet (`INTERFAX.RU` of a dateline,
# `Lenta.ru`): never the club or ministry a generic noun points back to.
def test_a_web_address_is_an_outlet_and_no_institution(extractor):
    text = ("Москва. 13 марта. INTERFAX.RU - Защитник \"Спартака\" Иван Петров приступил к занятиям "
            "в общей группе, сообщает пресс-служба клуба.")
    q = extractor.extract(text)[0]
    assert q.speaker.name == "Спартак"
    q = extractor.extract("Сборная проиграла Чехии со счетом 1:3, пишет Sports.ru.")[0]
    assert (q.speaker.name, q.speaker.kind) == ("Sports.ru", "media")


def test_a_mention_keeps_a_letter_glued_to_a_digit(extractor):
    # `Е1.ru` typed with a Cyrillic `Е`: the tokenizer splits it, the mention does not
    text = "«Я вижу человека, который гуляет с ребенком», — заявил Е1.ru епископ Евгений."
    q = extractor.extract(text)[0]
    assert [c.name for c in q.chain] == ["Е1.ru"]


# A medium's known name replaces only a case form of that very name
# (`«Голосу Америки»` → Голос Америки): `тренер` shares four letters with
# the agency Тренд and is no form of it.
@pytest.mark.parametrize("report, name, chain", [
    ("сказал тренер", "тренер", []),
    ("рассказал «Голосу Америки» тренер", "тренер", ["Голос Америки"]),
    ("сообщает Тренд", "Тренд", []),
])
def test_a_known_medium_names_only_its_own_forms(extractor, report, name, chain):
    q = extractor.extract(f"Команда сменила тренера, {report}.")[0]
    assert q.speaker.name == name and [c.name for c in q.chain] == chain


# A quoted name is headed by its first noun, after its adjectives; a later
# noun is its complement and keeps its case.
@pytest.mark.parametrize("text, name", [
    ("Продукты нужно есть чаще, отмечает «Федеральное агентство новостей».", "Федеральное агентство новостей"),
    ("Команда сменила тренера, рассказал «Советскому спорту» тренер.", "Советский спорт"),
])
def test_a_quoted_name_keeps_its_complement(extractor, text, name):
    q = extractor.extract(text)[0]
    names = [q.speaker.name] + [c.name for c in q.chain]
    assert name in names


# A quoted name in the genitive after a unit of an organisation is whose the
# unit is, named in the nominative; a name in apposition keeps its form.
@pytest.mark.parametrize("report, name", [
    ("сообщает пресс-служба \"Арсенала\"", "Арсенал"),
    ("сообщили в пресс-службе «Яндекса»", "Яндекс"),
    ("сообщает пресс-служба \"Российских железных дорог\"", "Российские железные дороги"),
    ("сообщает газета \"Спорт-Экспресс\"", "Спорт-Экспресс"),
    ("пишет газета «Ведомости»", "Ведомости"),
])
def test_a_quoted_owner_is_named_in_the_nominative(extractor, report, name):
    q = extractor.extract(f"Испанец проведет здесь оставшуюся часть сезона, {report}.")[0]
    assert q.speaker.name == name


# `в свою очередь`, `со своей стороны`: the speaker answers the one before,
# so a role noun or a pronoun there is someone else than the last speaker.
def test_in_turn_the_speaker_is_not_the_last_one(extractor):
    text = ("Оппозиционер Борис Смирнов подал иск против телеканала. После заседания представитель телеканала "
            "Игорь Лавров заявил, что решение будет обжаловано. В свою очередь, член партии заявил журналистам, "
            "что решение позорит правосудие.")
    q = by_text(extractor.extract(text), "позорит")
    assert q.speaker.name != "Игорь Лавров"
    text = ("Министр Иван Петров встретился с губернатором Анной Соколовой. Министр заявил, что денег нет. "
            "Она, в свою очередь, отметила, что бюджет области исполнен.")
    q = by_text(extractor.extract(text), "бюджет")
    assert q.speaker.name == "Анна Соколова"
    text = ("Министр Иван Петров встретился с губернатором Олегом Соколовым. Министр заявил, что денег нет. "
            "Он, со своей стороны, отметил, что бюджет области исполнен.")
    q = by_text(extractor.extract(text), "бюджет")
    assert q.speaker.name == "Олег Соколов"
    text = ("Первый вице-премьер Игорь Шувалов осмотрел завод. Глава комбината Андрей Крайний рассказал "
            "о трудностях. «Проверки требуют одни и те же бумаги», — заметил Крайний. «Это беда нашей бюрократии», — сказал "
            "на это первый вице-премьер.")
    q = by_text(extractor.extract(text), "беда")
    assert q.speaker.name == "Игорь Шувалов"
    assert q.speaker.mention.text == "первый вице-премьер"  # `на это` is the verb's, not the mention's


@pytest.mark.parametrize("text, speaker", [
    # answering what happened since (the last speaker was heard two sentences
    # before, other news between): the noun may be the last speaker again
    ("«Улик достаточно», - цитирует «Интерфакс» официального представителя ведомства Владимира Маркина.\n\n"
     "Накануне стало известно, что обвиняемый отказался от показаний.\n\nПредставитель СКР в свою очередь так "
     "прокомментировал отказ: «Люди постоянно меняют показания».", "Владимир Маркин"),
    ("«Цены вырастут», - сказал министр финансов Антон Силуанов. Банк России повысил ставку до 16%. Министр "
     "в свою очередь отметил, что инфляция замедлится.", "Антон Силуанов"),
    # (answering the speaker of the sentence before: someone else)
    ("Депутат Иван Петров заявил, что закон нарушает права граждан. Представитель партии в свою очередь "
     "заявил, что закон нужен.", "Представитель партии"),
])
def test_in_turn_after_other_news_the_last_speaker_may_speak_again(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


def test_the_dative_of_a_modal_verb_is_a_subject_for_a_pronoun(extractor):
    # `Пескову пришлось дать комментарий`: he gave it, he is whose words follow
    text = ("Президент Владимир Путин заявил, что готов к переговорам. Пресс-секретарю президента Дмитрию Пескову "
            "пришлось дать комментарий. По его словам, речь идет о переговорах внутри самой Украины.")
    q = by_text(extractor.extract(text), "речь идет")
    assert q.speaker.name == "Дмитрий Песков"


# Two subjects after the verb, a foreign name that shows no case and a
# nominative: the foreign one is the medium told (a layer), the other speaks.
@pytest.mark.parametrize("text, name, chain", [
    ("«По дороге выявилась неисправность», — рассказал Life News вице-президент корпорации Александр Туляков.",
     "Александр Туляков", ["Life News"]),
    ("Свидетели показаний против него не давали, сообщил Lenta.ru адвокат Иван Соколов.",
     "Иван Соколов", ["Lenta.ru"]),
    ("«По дороге выявилась неисправность», — рассказал Reuters.", "Reuters", []),
])
def test_a_foreign_medium_beside_a_nominative_subject_is_told(extractor, text, name, chain):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name and [c.name for c in q.chain] == chain


# A post with adjectives the parse hung elsewhere, then a second post with
# its own complement, then the name: one mention up to the name.
@pytest.mark.parametrize("text, name", [
    ("Транзит грузов не будет остановлен. Об этом сообщил сегодня журналистам сопредседатель "
     "российско-армянской межправительственной комиссии министр обороны Армении Серж Саркисян.", "Серж Саркисян"),
    ("Пошлины отменят с января. Об этом сообщил сопредседатель комиссии министр финансов Казахстана "
     "Ерболат Досаев.", "Ерболат Досаев"),
])
def test_a_second_post_with_its_complement_before_the_name(extractor, text, name):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name and q.speaker.mention.text.endswith(name.split()[-1])


def test_a_vague_complement_agrees_with_the_service_heard_before(extractor):
    # `представитель службы` after `представитель пресс-службы … центра МЧС`: the same one
    text = ("«Спасатели доставляют помощь», — сообщил агентству «Интерфакс» представитель пресс-службы Южного "
            "регионального центра МЧС России. По словам представителя службы, в Северной Осетии развернут "
            "еще один лагерь.")
    quotes = extractor.extract(text)
    assert len({q.speaker.entity for q in quotes}) == 1


# Family nouns are role nouns: `внучка ветерана` later is the granddaughter
# the text named, `бабушка мальчика` a person of her own.
def test_family_nouns_are_roles(extractor):
    text = ("Журналист опубликовал видео внучки Марии Ивановны Анны Соколовой. «Бабушку не пустили на трибуну», — "
            "рассказала внучка ветерана.")
    q = by_text(extractor.extract(text), "трибуну")
    assert q.speaker.name == "Анна Соколова"
    q = extractor.extract("«Его увезли ночью», — рассказала бабушка мальчика.")[0]
    assert q.speaker.name == "бабушка мальчика" and q.speaker.kind == "person"


# `я`, `ты` are people: a feminine institution named last (`в Мосгордуму`,
# `Госдума`) is no `я говорила`; `она`, `ее` still may be one.
@pytest.mark.parametrize("text, needle", [
    ("— Вас удивляет, что люди выходят на улицы?\n— Я отношусь к этому спокойно. Когда стартовала кампания в "
     "Мосгордуму, я говорила: «Главная беда — равнодушие избирателей».", "равнодушие"),
    ("Госдума приняла закон в первом чтении. А я тогда сказала: «Этот закон никому не нужен».", "никому"),
])
def test_a_first_person_is_no_institution(extractor, text, needle):
    q = by_text(extractor.extract(text), needle)
    assert q.speaker is None or q.speaker.kind != "organization"


def test_a_feminine_pronoun_may_still_be_an_institution(extractor):
    text = "Генпрокуратура завершила проверку. По ее данным, нарушений не выявлено."
    q = by_text(extractor.extract(text), "нарушений")
    assert q.speaker.name == "Генпрокуратура"


def test_a_side_of_the_argument_is_no_party(extractor):
    # `с одной стороны` turns the argument: no `сторона` to stand for `я`
    text = ("— Я отношусь к этому спокойно. Я понимаю, с одной стороны, что люди неравнодушны. "
            "Я всегда говорила: «Главная беда — равнодушие избирателей».")
    q = by_text(extractor.extract(text), "равнодушие")
    assert q.speaker is None or "сторон" not in (q.speaker.name or "")


# An interview: the lead names whom the outlet talked with (`поговорил с X`,
# `побеседовал с X`); `я` in an answer (a line that opens with a dash and asks
# nothing) is that person, not whoever a question or an answer named last.
@pytest.mark.parametrize("text, needle, name", [
    ("«Нам нужен диалог»\n\nПрофессор Анна Котова баллотируется в городской совет. Корреспондент газеты "
     "поговорил с Анной Котовой о выборах.\n— Почему вы решили идти на выборы?\n— Я давно занимаюсь "
     "городскими проблемами.\n— Говорят, вас поддержала Мария Белова. Она выступала на митинге.\n— Мы с ней "
     "давно знакомы. Когда начинались протесты, я говорила: «Нужен диалог с властью».",
     "диалог с властью", "Анна Котова"),
    ("Экономист о ценах\n\nНаш обозреватель побеседовал с Игорем Смирновым о ценах на бензин.\n- Цены "
     "вырастут?\n- Думаю, да. На прошлой неделе министр Петр Зайцев выступил в Думе.\n- И что он сказал?\n"
     "- Он говорил о налогах. А я ему ответил: «Налоги тут ни при чем».", "ни при чем", "Игорь Смирнов"),
    ("«Нам нужен диалог»\n\nПрофессор Анна Котова баллотируется в городской совет. Анна Котова ответила на "
     "вопросы нашего корреспондента.\n— Говорят, вас поддержала Мария Белова.\n— Мы с ней давно знакомы. "
     "Когда начинались протесты, я говорила: «Нужен диалог с властью».", "диалог с властью", "Анна Котова"),
])
def test_i_in_an_interview_answer_is_the_interviewee(extractor, text, needle, name):
    q = by_text(extractor.extract(text), needle)
    assert q.speaker.name == name


# `Валерия`, `Александра`, `Евгения` are a woman's nominative and a man's
# genitive: after an institution's genitive, hung on a post in the
# nominative, the name is the woman's; on a post in the genitive, the man's.
@pytest.mark.parametrize("text, needle, name", [
    ("Заявление сделала директор музея Александра Петрова. Она заявила, что выставка откроется в мае.",
     "выставка", "Александра Петрова"),
    ("Проректор университета Евгения Смирнова — кандидат на выборах. Она заявила, что выборы прошли честно.",
     "выборы прошли", "Евгения Смирнова"),
    ("«Сроки сдвинутся», — сказала руководитель пресс-службы компании Александра Иванова.", "Сроки",
     "Александра Иванова"),
    ("По словам главы комитета по делам общественных объединений Ярослава Нилова, закон примут осенью.",
     "закон", "Ярослав Нилов"),
    ("По словам директора музея Александра Петрова, выставка откроется в мае.", "выставка", "Александр Петров"),
])
def test_a_womans_name_the_tagger_read_as_a_mans_genitive(extractor, text, needle, name):
    q = by_text(extractor.extract(text), needle)
    assert q.speaker.name == name


# A document received from someone is theirs (`который получил РБК от X`,
# `поступившем от X`); the one who received it is not its author (`в
# полученном агентством ответе Минфина` is the ministry's).
@pytest.mark.parametrize("text, name", [
    ("«Банки не подали заявки», — говорится в комментарии, который получил РБК от областного департамента "
     "финансов.", "областной департамент финансов"),
    ("«Банки не подали заявки», — говорится в ответе, поступившем в редакцию от пресс-службы мэрии.",
     "пресс-служба мэрии"),
    ("«Банки не подали заявки», — говорится в полученном агентством ответе Минфина.", "Минфин"),
    ("«Банки не подали заявки», — говорится в распространенном пресс-службой заявлении.", "пресс-служба"),
    # a review, a note of explanation, a reply to a claim are documents too
    ("«Мы понизили рейтинг региона», — говорится в обзоре агентства Fitch.", "Fitch"),
    ("Мера носит символический характер, отмечается в пояснении министра финансов Олега Зуева.", "Олег Зуев"),
    ("В отзыве компании на иск говорится, что требования истца необоснованны.", "компания"),
])
def test_a_document_received_from_someone_is_theirs(extractor, text, name):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name


# A noun of nationality for one person is a description, as a role is: the
# one introduced with it (`Американец Джон Смит` … `сказал американец`);
# `один француз` is someone new, `россияне` a group.
@pytest.mark.parametrize("text, name, kind", [
    ("Американец Джон Смит выиграл марафон. «Я счастлив», — сказал американец.", "Джон Смит", "person"),
    ("Итальянец Марко Росси занял второе место. «Трасса была тяжелой», — признался итальянец.", "Марко Росси",
     "person"),
    ("«Я счастлив», — сказал корреспонденту один француз.", "один француз", "person"),
    ("Россияне считают, что цены вырастут.", "Россияне", "group"),
])
def test_a_noun_of_nationality_describes_a_person(extractor, text, name, kind):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name and q.speaker.kind == kind


@pytest.mark.parametrize("text, interviewee", [
    # several answering, a census question, a call: no one person's interview
    ("Космонавты проведут сеанс связи.\n\nВ понедельник Иван Орлов, Петр Зуев и Олег Лыков ответят на "
     "вопросы журналистов.", None),
    ("Перепись дошла до орбиты.\n\nВ 2002 году Петр Зуев ответил на вопрос переписчиков.", None),
    ("Лидеры обсудили санкции.\n\nПрезидент Иван Орлов поговорил с Петром Зуевым по телефону.", None),
    ("Выборы в совет.\n\nНаш корреспондент побеседовал с Петром Зуевым о выборах.", "Петром Зуевым"),
    ("Выборы в совет.\n\nПетр Зуев ответил на вопросы «Медузы».", "Петр Зуев"),
])
def test_who_an_interview_is_with(extractor, text, interviewee):
    from quotes.speakers import interviewee_name

    found = interviewee_name(extractor.backend.parse(text))
    assert (found.text if found else None) == interviewee


def test_a_document_owners_name_is_whole_where_the_parse_cuts_it(extractor):
    # `в отчете S&P` with the `P` hung elsewhere by the parse (as natasha does
    # after a long quote): the owner is S&P, never `S`
    from quotes.parse.conllu import write_conllu

    text = "«Мы понизили рейтинг региона до уровня выборочного дефолта», — говорится в отчете S&P."
    lines = write_conllu(extractor.backend.parse(text)).splitlines()
    rows = {line.split("\t")[1]: n for n, line in enumerate(lines) if line and not line.startswith("#")}
    fields = lines[rows["P"]].split("\t")
    assert fields[6] == lines[rows["S"]].split("\t")[0]
    fields[6] = lines[rows["Мы"]].split("\t")[0]  # the misparse: `P` elsewhere, `S` an apposition
    lines[rows["P"]] = "\t".join(fields)
    fields = lines[rows["S"]].split("\t")
    fields[7] = "appos"
    lines[rows["S"]] = "\t".join(fields)
    q = extractor.extract_parsed("\n".join(lines) + "\n").quotes[0]
    assert q.speaker.name == "S&P"


# A foreign outlet's name hung on the text it writes, after the verb, signs
# it (`пишет в заголовке The Financial Times`); an interview's outlet is the
# one spoken to, not the speaker.
@pytest.mark.parametrize("text, name, chain", [
    ("«Премьер сопротивляется критике», — пишет в заголовке The Financial Times.", "The Financial Times", []),
    ("«Премьер сопротивляется критике», — пишет в своей статье The Guardian.", "The Guardian", []),
    ("Министр Петр Зуев ответил на вопросы. «Премьер сопротивляется критике», — сказал он в интервью CNN.",
     "Петр Зуев", ["CNN"]),
    # with the subject left out, the outlet of `в интервью`, `в эфире` is
    # still the one spoken to: the speaker is the one heard before
    ("Министр Петр Зуев ответил на вопросы. «Премьер сопротивляется критике», — сказал в интервью CNN.",
     "Петр Зуев", ["CNN"]),
    ("Министр Петр Зуев ответил на вопросы. «Премьер сопротивляется критике», — заявил в эфире «Эха Москвы».",
     "Петр Зуев", ["Эхо Москвы"]),
])
def test_a_foreign_outlet_signs_the_text_it_writes(extractor, text, name, chain):
    q = by_text(extractor.extract(text), "критике")
    assert q.speaker.name == name and [c.name for c in q.chain] == chain


# Kin and friends: a name in the genitive after one is whose they are, in an
# oblique case too (`по словам подруги Ани` is the friend's words); a post's
# name is its holder (`по словам адвоката Ивана Петрова`), and a relation
# that says whose it is already takes the name after it (`ее подруги Марии`).
@pytest.mark.parametrize("text, name", [
    ("По словам подруги Кати, пара рассталась этим летом.", "подруга Кати"),
    ("По словам брата Олега Смирнова, пара рассталась этим летом.", "брат Олега Смирнова"),
    ("По словам жены Смирнова, иск подан.", "жена Смирнова"),
    ("По словам адвоката Олега Смирнова, иск подан.", "Олег Смирнов"),
    ("По словам ее подруги Марии Орловой, Катя училась на юриста.", "Мария Орлова"),
    ("Подруга Кати рассказала, что пара рассталась.", "Подруга Кати"),
])
def test_a_name_after_kin_is_whose_they_are(extractor, text, name):
    q = extractor.extract(text)[0]
    assert q.speaker.name == name


def test_a_post_whose_verb_is_feminine_is_no_he(extractor):
    # `Вице-президент` is masculine, the woman holding it is not: her verb tells
    text = ("Вице-президент парламента Мэред Келли в своем выступлении сделала акцент на образовании. "
            "«Синагоги забросали бутылками. А он всего лишь озвучил очевидную истину о том, что город является "
            "столицей», — заявил президент общества Петр Кантор.")
    nested = next(q for q in extractor.extract(text) if q.text.startswith("город является"))
    assert "Келли" not in (nested.speaker.name or "")


def test_someone_in_a_phrase_of_his_own_is_a_candidate_for_he(extractor):
    # `видео с фермером`: the farmer hangs on the video, but in a phrase of his own
    text = "На рынке появилось видео с фермером из Тульской области. Он рассказал, что урожай погиб."
    assert by_text(extractor.extract(text), "урожай").speaker.name == "фермер из Тульской области"


@pytest.mark.parametrize("text", [
    "\"Основанием для отказа считается то, что он не исправился\", - заявила прокурор Кириенко в четверг на "
    "заседании суда, сообщает \"Интерфакс\".\n\nПо ее словам, раскаяние является обязательным условием. Она "
    "также отметила, что поощрений у него нет.",
    "\"Иск будет рассмотрен\", - сообщила судья Черных в понедельник журналистам, передает ТАСС.\n\nПо ее "
    "словам, заседание назначено на март. Она также отметила, что стороны согласны.",
])
def test_a_post_and_an_indeclinable_surname_are_one_person(extractor, text):
    # the tagger reads `Кириенко` after `прокурор` as a genitive: a form every
    # case shares, so the post's apposition all the same, one person throughout
    result = extractor.extract_document(text)
    assert len({q.speaker.entity for q in result.quotes}) == 1
    assert all(q.speaker.name in ("Кириенко", "Черных") for q in result.quotes)
    assert len([e for e in result.entities if e.name in ("Кириенко", "Черных")]) == 1
    assert all([c.name for c in q.chain] == [result.quotes[0].chain[0].name] for q in result.quotes)


@pytest.mark.parametrize("text, fragment, speaker", [
    # `в X` is where a message came to, not who sent it
    ("В дежурную часть полиции поступило сообщение о том, что на пляже утонул мужчина.", "утонул", None),
    ("В МЧС поступила информация о том, что в доме начался пожар.", "пожар", None),
    ("«Вчера в дежурную часть поступило сообщение о том, что в лесу нашли снаряд», - рассказал начальник "
     "отдела Иван Орлов.", "снаряд", None),
    # `от X` is the sender
    ("От жителей поступило сообщение о том, что в доме начался пожар.", "пожар", "жители"),
    ("В редакцию поступило сообщение от пресс-службы мэрии о том, что дорогу закроют.", "дорогу",
     "пресс-служба мэрии"),
])
def test_a_message_that_came_in_is_its_senders(extractor, text, fragment, speaker):
    # (the innermost quote holding the fragment: a direct quote may hold the report)
    quote = min((q for q in extractor.extract(text) if fragment in q.text), key=lambda q: len(q.text))
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the agency's interlocutor is whoever it talked to at the institution it just quoted
    ("В пресс-службе компании «Энергосеть» ТАСС сообщили, что свет дадут к вечеру. «Бригады работают "
     "круглосуточно», - сказал собеседник агентства.", "Бригады", "Энергосеть"),
    ("Взрыв произошел ночью, сообщает агентство «Интерфакс» со ссылкой на правоохранительные органы региона. "
     "«Пострадавших нет», - сказал собеседник агентства.", "Пострадавших", "правоохранительные органы региона"),
    ("Трое рабочих пострадали при обрушении, сообщили «Интерфаксу» в пресс-службе МЧС по области.\n\nКак "
     "сообщил собеседник агентства, обрушение произошло утром.", "обрушение", "пресс-служба МЧС по области"),
    # a source the agency relayed stays the source
    ("Источник в правительстве сообщил РИА Новости, что решение принято. «Документ подписан», - сказал "
     "собеседник агентства.", "Документ", "Источник в правительстве"),
])
def test_the_agencys_interlocutor_is_the_institution_it_just_quoted(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


def test_the_dative_of_had_to_is_the_subject_however_parsed(extractor):
    # the parse makes `пресс-секретарю` a conjunct of `прессе`: the dative
    # before `пришлось` still does what the infinitive says
    text = ("«Нужно начать переговоры о будущем региона», — сказал президент Олег Смирнов.\n\n"
            "Заявление Смирнова вызвало большой резонанс, в том числе в иностранной прессе, и пресс-секретарю "
            "президента Ивану Кротову пришлось дать уточняющий комментарий. По его словам, речь идет о "
            "переговорах.")
    assert by_text(extractor.extract(text), "речь идет").speaker.name == "Иван Кротов"


@pytest.mark.parametrize("text", [
    "Глава республики Рамзан Кадыров посетил мечеть имени Ахмата Кадырова. «Мы будем строить новые мечети», "
    "- сказал Кадыров.",
    "Губернатор Олег Королев приехал в школу им. Сергея Королева. «Мы будем строить новые школы», - сказал "
    "Королев.",
])
def test_a_name_in_a_memorial_name_is_not_the_surname_later(extractor, text):
    # `имени X`: a mosque or a school named after someone; the bare surname is the living person
    speaker = extractor.extract(text)[-1].speaker
    assert speaker.name in ("Рамзан Кадыров", "Олег Королев")


def test_the_agencys_interlocutor_two_paragraphs_on(extractor):
    # the agency talked to the ministry's press service; `в ведомстве пояснили`
    # and a paragraph of facts later, `собеседник агентства` is still the ministry
    text = ("В области задержали троих браконьеров. Об этом агентству «Интерфакс» рассказали в пресс-службе МВД "
            "в регионе.\n\nВ ведомстве пояснили, что браконьеров задержали в заповеднике.\n\n"
            "Силами полиции была проведена проверка.\n\n\"Оружие изъято\", - отметил собеседник агентства.")
    speaker = by_text(extractor.extract(text), "Оружие").speaker
    assert speaker.kind == "organization" and "МВД" in speaker.name


def test_an_institution_in_a_sources_words_is_not_the_agencys_interlocutor(extractor):
    # the authorities are named inside the source's report; the agency talked to the source
    text = ("Как отметил источник РИА Новости в авиапроме, местные авиационные власти подтвердили, что самолет "
            "имел все документы. Сбоев в работе систем зафиксировано не было, установило следствие.\n\n"
            "Отвечая на вопрос о маневре, собеседник агентства сказал: «Подобных просьб экипажу не поступало».")
    speaker = by_text(extractor.extract(text), "Подобных").speaker
    assert speaker.name.startswith("источник")


@pytest.mark.parametrize("text, speaker", [
    # a pronoun with no one named before it (a lead cut off) stands for the
    # person named next as the subject of a report
    ("«Рейды продолжатся», — заявил он. Как пояснил представитель полиции Иван Калинин, проверки пройдут "
     "во всех районах.", "Иван Калинин"),
    ("По его словам, рейды продолжатся. Как пояснил представитель полиции Иван Калинин, проверки пройдут "
     "во всех районах.", "Иван Калинин"),
])
def test_a_pronoun_with_nobody_before_it_is_the_reporter_named_next(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text", [
    # not someone named next who reports nothing, nor past an institution named before
    "«Рейды продолжатся», — заявил он. Следующим на трибуну вышел министр Иван Калинин.",
    "Сообщает агентство Рёнхап. По его информации, вертолет разбился. Президент Мун Чжэ Ин заявил, что проверки "
    "пройдут.",
])
def test_a_pronoun_looks_forward_only_where_nobody_could_be_meant_before(extractor, text):
    first = extractor.extract(text)[0]
    assert first.speaker is None or first.speaker.name not in ("Иван Калинин", "Мун Чжэ Ин")


@pytest.mark.parametrize("text, name", [
    # a press service of an institution named by its bare type noun speaks
    # for the institution of that type named last before it
    ('Тверской суд Москвы арестовал блогера. "Постановление вступит в силу через 10 дней", - сообщили в '
     'пресс-службе суда.', "Тверской суд Москвы"),
    ("Сбербанк снизил ставки по вкладам. Как сообщили в пресс-службе банка, новые условия действуют с понедельника.",
     "Сбербанк"),
])
def test_a_press_service_of_a_type_noun_is_the_institution_named_before(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_press_service_of_an_institution_never_named_stays_its_own(extractor):
    text = "Блогер подал жалобу. Как сообщили в пресс-службе суда, заседание назначено на май."
    assert extractor.extract(text)[-1].speaker.name == "пресс-служба суда"


@pytest.mark.parametrize("text, name", [
    # a bare type noun is the institution of that type just named, in the
    # author's words (not one named in someone's quote)
    ("Мосгорсуд рассмотрел жалобу блогера. Как сообщили в суде, решение вступит в силу через месяц.", "Мосгорсуд"),
    ("Управляющий филиала банка ВТБ Иван Котов заявил, что «мы следуем материалам Центрального банка». "
     "«В банке нам сообщили, что счет закрыт», — рассказала клиентка.", "ВТБ"),
    # a sentence `Об этом` credits afterwards is still the author's telling
    ("Вахитовский районный суд Казани арестовал активиста. Об этом сообщил РИА Новости представитель суда. "
     "Ранее в суде сообщили, что дело рассмотрят в понедельник.", "Вахитовский районный суд Казани"),
    ("Кировский районный суд Самары оштрафовал блогера. Об этом сообщила пресс-служба суда. "
     "Позже в суде уточнили, что решение можно обжаловать.", "Кировский районный суд Самары"),
])
def test_a_bare_type_noun_is_the_institution_just_named(extractor, text, name):
    quote = next(q for q in extractor.extract(text) if q.speaker and q.speaker.mention
                 and q.speaker.mention.text.lower().startswith(("суд", "банк")))
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, first", [
    # the post named first with a complement, the person named next with the
    # bare post as the subject of a report: the same person
    ("Скандальные статьи пишут по заказу, заявил министр спорта. Министр Виталий Мутко отметил, что проверки "
     "продолжатся.", "Виталий Мутко"),
    # not someone named next who reports nothing
    ("Скандальные статьи пишут по заказу, заявил министр спорта. Вчера министр Виталий Мутко посетил стадион.",
     "министр спорта"),
])
def test_a_post_named_first_is_the_person_named_next_with_it(extractor, text, first):
    assert extractor.extract(text)[0].speaker.name == first


@pytest.mark.parametrize("text", [
    # `их`, `они` never stand for a name inside another noun's phrase: it
    # names a part of what the phrase names
    'Союз жильцов домов "Северная звезда" и "Парус" направил письмо мэру. По их мнению, застройщик нарушает сроки.',
    'Ассоциация владельцев кафе "Уют" обратилась в суд. Они заявили, что аренда завышена.',
])
def test_they_are_not_a_name_inside_another_nouns_phrase(extractor, text):
    speaker = extractor.extract(text)[-1].speaker
    assert speaker is None or speaker.name not in ("Парус", "Северная звезда", "Уют")


@pytest.mark.parametrize("text, name", [
    # people of an institution who do not speak for it (visitors, clients,
    # fans) are a group of their own, not the institution its quoted name names
    ('Посетители музея "Эрмитаж" пожаловались на очереди. Они утверждают, что ждали по три часа.',
     'Посетители музея "Эрмитаж"'),
    ('Клиенты банка "Восток" пожаловались на сбой. По их словам, деньги пропали со счетов.',
     'Клиенты банка "Восток"'),
    ('Болельщики клуба «Торпедо» вышли на акцию. «Мы требуем отставки тренера», - заявили болельщики.',
     'Болельщики клуба «Торпедо»'),
    # (its representatives and staff speak for it)
    ('Представители компании "Лукойл" приехали на встречу. По их словам, сделка состоится.', "Лукойл"),
    # two people coordinated, the subject of a plural verb, are whom `они` stands for
    ('Представитель Минфина и глава компании "Нефтегаз" обсудили налоги. По их словам, соглашение будет '
     'подписано в мае.', 'Представитель Минфина и глава компании "Нефтегаз"'),
    ('Госсекретарь США и глава МИД Израиля провели переговоры с лидерами "Хамаса". Они заявили, что переговоры '
     'продолжатся.', "Госсекретарь США и глава МИД Израиля"),
])
def test_people_of_an_institution_who_do_not_speak_for_it_are_a_group(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # `его данные` after a medium's report are the medium's: a medium is no
    # `он`, so the pronoun rules passed it over
    ("Как сообщает телеканал «Вести», пожар на складе начался ночью. По его данным, пострадавших нет.", "Вести"),
    ("Землетрясение произошло утром, передает ТАСС со ссылкой на агентство Киодо. По его информации, "
     "разрушений в городе нет.", "агентство Киодо"),
    ("Полицейский задержал грабителя, пишет издание. По его сведениям, грабитель был вооружен.", "издание"),
    # a person who reported last, or was made a subject since, keeps them
    ("Пожар на складе потушен, сообщил глава МЧС Сергей Петров, передает ТАСС. По его данным, пострадавших нет.",
     "Сергей Петров"),
    ("Как сообщает портал «Город», в центре открылся музей. Директор музея Иван Смирнов провел первую экскурсию. "
     "По его данным, музей посетили сто человек.", "Иван Смирнов"),
])
def test_his_data_after_a_mediums_report_are_the_mediums(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # a generic noun is an organisation the text introduced with it, of no
    # class its name tells (`рудники` is no university's abbreviation)
    ("Рабочие пожаловались на нарушения. В ответ компания «Северные рудники» объявила, что родственникам "
     "позволят спуститься в шахту. Спасательная операция продолжается, заверяет компания.", "Северные рудники"),
    # a type noun with a name the tagger named no organisation
    ("Холдинг «Медиа-Плюс» созвал собрание акционеров. В холдинге уточнили, что директор останется на посту.",
     "Медиа-Плюс"),
    # the only one of its type named, however far back
    ("Посольство Франции в Москве выпустило заявление. Разведка создана недавно. Она подчиняется премьеру. "
     "Сеть агентов расширена. Бюджет вырос вдвое. Штат увеличен. В посольстве сообщили, что визит отменен.",
     "Посольство Франции в Москве"),
    # its phrase ends before a dative that is no part of it
    ("Руководителю штаба партии в Липецке Илье Данилову дали десять суток ареста, сообщили в штабе.",
     "штаб партии в Липецке"),
    # a studio, a plant are institutions too
    ("Мультфильм сняла петербургская студия «Снежный ком». На сайте студии говорится, что продолжение выйдет "
     "через год.", "Снежный ком"),
    ("Рабочие завода «Красный луч» вышли на митинг. На заводе сообщили, что зарплату выплатят в пятницу.",
     "Красный луч"),
])
def test_a_type_noun_is_the_institution_the_text_named_with_it(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_a_type_noun_far_after_a_round_up_of_institutions_stays_its_own(extractor):
    text = ("Суд Барнаула арестовал активиста на десять суток. Суд Иркутска оштрафовал двоих. Акции прошли в "
            "сорока городах. Полиция задержала сотни людей. Многие были отпущены. Задержания продолжались до "
            "вечера. В суде сообщили, что жалобы рассмотрят в среду.")
    assert extractor.extract(text)[-1].speaker.name.lower() == "суд"


@pytest.mark.parametrize("text", [
    # an animate man's accusative is his genitive: the name after the
    # genitive complement names the head, after `со ссылкой на` as after
    # `по словам`
    "Встреча прошла конструктивно, сообщила пресс-секретарь Белого дома Анна Шульц. Лидеры договорились "
    "встретиться в ноябре, передает ТАСС со ссылкой на помощника президента России Игоря Белова.",
    "Встреча прошла конструктивно, сообщила пресс-секретарь Белого дома Анна Шульц. Лидеры договорились "
    "встретиться в ноябре, передает ТАСС со ссылкой на пресс-секретаря президента России Игоря Белова.",
])
def test_a_name_after_a_post_in_the_accusative_names_the_post(extractor, text):
    assert extractor.extract(text)[-1].speaker.name == "Игорь Белов"


@pytest.mark.parametrize("text, name", [
    # a bare surname in the genitive after a noun for someone who acts for
    # another is whose they are, where the text named that person in full
    # with no such post
    ("Бывший сотрудник Алексей Пичугин осужден. По словам защитника Пичугина, приговор будет обжалован.",
     "защитник Пичугина"),
    ("Бизнесмен Иван Петров подал жалобу. По словам помощника Петрова, суд нарушил закон.", "помощник Петрова"),
    # (whom someone talked to is not that one)
    ("Журналист Андрей Орлов поговорил с инженером. По словам собеседника Орлова, мост выдержит.",
     "собеседник Орлова"),
    # named with that post, or with a post that takes no one's genitive, it is the person
    ("Адвокат Иван Петров подал жалобу. По словам адвоката Петрова, суд нарушил закон.", "Иван Петров"),
    ("Бизнесмен Иван Петров подал жалобу. По словам бизнесмена Петрова, суд нарушил закон.", "Иван Петров"),
])
def test_a_surname_after_an_agent_noun_is_whose_agent_it_is(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, name", [
    # a document a participle after `в` opens, however parsed: its author
    ("В размещенном в среду на сайте заявлении группировки «Северный фронт» говорится, что заложник будет "
     "освобожден.", "Северный фронт"),
    # a place of publication after `в` as after `на`: its owner
    ("«Сроки сдачи сдвинуты», — сообщается в телеграм-канале застройщика.", "застройщик"),
    ("Как отмечается в блоге компании Google, обновление выйдет в мае.", "компания Google"),
    # a diplomatic note is a document, its author's where the text names one
    ("Посольство передало ноту. В ноте говорилось, что визит отменен.", "Посольство"),
    # a participle phrase set off by a comma on the document names where it was published
    ("Санкции вводятся с понедельника, говорится в уведомлении, опубликованном на сайте Минфина США.",
     "Минфин США"),
    ("Как говорится в заявлении, размещенном на официальном сайте Кремля, встреча состоится в мае.", "Кремль"),
    ("Цены вырастут, говорится в сообщении, появившемся на сайте «Северстали».", "Северсталь"),
    # a quoted name after the place is its owner
    ("Выборы назначены на март, говорится в сообщении на сайте «Народного фронта».", "Народный фронт"),
    ("Как сообщается на сайте «Крымского вестника», журналистов сняли с рейса.", "Крымский вестник"),
    # a possessive before the place is the owner, the name after it the network
    ("Жалобу подала организация «Городская сеть». «За слова надо отвечать», - говорится на ее странице "
     "«ВКонтакте».", "Городская сеть"),
])
def test_a_document_or_a_place_of_publication_names_its_author(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, speaker", [
    # a group whose head noun or common-noun complement says another role or
    # thing is another group
    ("Как сообщили источники в полиции, задержанный молчит. Адвокаты поясняют, что он пользуется своим правом.",
     "Адвокаты"),
    ("Представители авиакомпании считают, что рейсы возобновятся в мае. Представители аэропорта уверены, "
     "что полоса будет закрыта до осени.", "Представители аэропорта"),
    ("По мнению представителей профсоюзов, зарплаты надо поднять. «Мы против», - возразили представители "
     "работодателей.", "представители работодателей"),
    # (a source heard before, the same role, a type noun for the named institution stay)
    ("Как сообщили источники в министерстве, реформу отложат. Собеседники агентства уточнили, что решение "
     "примут в марте.", "источники в министерстве"),
    ("Депутаты Госдумы считают, что закон нужно принять до лета. Парламентарии уверены, что его поддержит "
     "Совет Федерации.", "Депутаты Госдумы"),
    # (people of a named institution speak as it since the forty-second session, and so do the later ones)
    ("Представители \"Газпрома\" заявили, что поставки возобновятся. Как уточнили представители компании, "
     "ремонт займет два дня.", "Газпром"),
])
def test_a_group_of_another_role_or_complement_is_another_group(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # the author of a document named before is whoever the text gave it to
    ("Мемуары бывшего премьера Ивана Котова вышли в издательстве «Наука». Как утверждает автор мемуаров, "
     "реформы готовились тайно.", "Иван Котов"),
    ("Профессор Нина Орлова выпустила доклад о бедности. Каждый пятый пенсионер живет впроголодь, пишет автор "
     "доклада.", "Нина Орлова"),
    ("Депутаты думы внесли поправки в закон о курении. Курить можно будет только в отведенных местах, отмечают "
     "авторы поправок.", "Депутаты думы"),
    # the same document under another name of its kind
    ("Журналисты направили президенту письмо с предложениями. Авторы обращения отметили, что тарифы растут "
     "каждый год.", "Журналисты"),
    ("Учителя школ подписали петицию против реформы. По словам авторов обращения, реформа разрушит школу.",
     "Учителя школ"),
    ("Экологи опубликовали доклад о состоянии лесов. Леса гибнут быстрее, чем считалось, предупреждают авторы "
     "исследования.", "Экологи"),
    ("Журналисты газеты выпустили статью о выборах. Авторы материала полагают, что явка будет низкой.",
     "Журналисты газеты"),
    # people counted before the verb signed it, however the parse read them
    ("Накануне более 630 членов участковых избирательных комиссий подписали обращение к Центризбиркому. По "
     "словам авторов обращения, голосование должно длиться один день.", "630 членов участковых избирательных комиссий"),
    ("Свыше 200 врачей подписали открытое письмо министру. Авторы письма отмечают, что зарплаты не повышались десять лет.",
     "200 врачей"),
    # (what a document is about, behind a preposition, is not whose it is)
    ("Пенсионеры подписали письмо против закрытия поликлиники. Как отмечают авторы письма, ближайшая больница "
     "в сорока километрах.", "Пенсионеры"),
    # (a word in a speaker's name is no document named: the office that
    # handles letters wrote none of them)
    ("Как сообщает управление президента по работе с обращениями граждан, «жалоб стало больше». Авторы писем "
     "жалуются, что компании не выполняют обязательств.", "Авторы писем"),
    # (a kin name that leads nowhere does not hide the document under its own
    # name further back)
    ("Журналисты направили президенту письмо. Президент пообещал ответить на обращение. Авторы письма "
     "отметили, что тарифы растут.", "Журналисты"),
    ("Журналисты направили президенту письмо. В обращении говорится, что тарифы растут. Авторы письма также "
     "отметили, что цены высоки.", "Журналисты"),
    # (not a document of another kind: a law is no letter)
    ("Депутаты внесли в думу законопроект о митингах. Авторы обращения считают, что закон нарушает "
     "Конституцию.", "Авторы обращения"),
])
def test_the_author_of_a_document_named_before_is_whom_the_text_gave_it_to(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a bare author, or the author of a writing whose owner the text did not
    # name, is whoever the text last heard write
    ("Внук националиста Степан Бандера обратился к президенту Виктору Януковичу. «Вы должны вернуть нам дом», - "
     "пишет Бандера. Ранее Янукович отказался встречаться с ним. По мнению автора письма, власти обязаны ответить.",
     "Степан Бандера"),
    ("Министр Игорь Сечин посетил завод. Соседи вызвали полицию, но она не приехала, пишет в своем блоге Елена "
     "Черненко. Жители собрались у дома. Автор поста отмечает, что полиция так и не появилась.", "Елена Черненко"),
    ("По мнению французской газеты, опасения преувеличены. «Европе нужен сильный фонд», - пишет обозреватель "
     "Игорь Петров, споря с министром Жаном Дюпоном. «Это вопрос выживания», - подчеркивает автор.", "Игорь Петров"),
    # (the author of something else, or an author the text names, is not the writer)
    ("«Мы ждем ответа», - пишет Игорь Петров. Автор книги о войне Иван Сидоров считает, что ответа не будет.",
     "Иван Сидоров"),
    ("«Цены вырастут», - пишет Игорь Петров. Авторы законопроекта о ценах считают, что цены упадут.",
     "Авторы законопроекта о ценах"),
    ("«Получил письмо от неких повстанцев», - написал политолог Игорь Петров на своей странице. Авторы письма "
     "сообщают, что готовят новые акции.", "Авторы письма"),
    # (an author with a word of his own is no bare one: a medium's, a book's)
    ("«Цены вырастут», - пишет Игорь Петров. Как отмечает автор Forbes, цены упадут.", "автор Forbes"),
    ("«Цены вырастут», - написал в Twitter Игорь Петров. В Москве вышла новая книга. Ее автор считает, что "
     "цены упадут.", "Ее автор"),
])
def test_an_author_with_no_owner_named_is_who_last_wrote(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # the document a speaker is named after is his (only a word inside an
    # institution's name is none)
    ("Автор письма Иван Петров считает, что власти обязаны ответить. В письме также говорится, что тарифы "
     "растут.", "Иван Петров"),
])
def test_a_document_a_speaker_is_named_after_is_his(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # unnamed people speaking for an institution named before by a generic or
    # type noun are that institution
    ("Однако в МВД решение обжаловали. Представители силового ведомства настаивают на том, что их вины нет.", "МВД"),
    ("По данным агентства «Дом-Инвест», цены на жилье выросли. По мнению представителей агентства, рост "
     "продолжится.", "Дом-Инвест"),
    ("Больница «Городская» приняла пострадавших. «Все в стабильном состоянии», - отметили представители больницы.",
     "Больница Городская"),
    # (one named in passing is the body all the same where the noun names its
    # kind: the forty-third session's convention, `представители театра` of
    # the one theatre the text names; not several of a kind)
    ("Журналист побывал в Большом театре. Представители театра заявили, что гастроли отменены.",
     "Большой театр"),
    ("Представители авиакомпаний считают, что цены вырастут.", "Представители авиакомпаний"),
])
def test_representatives_of_an_institution_named_before_are_the_institution(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # `кабинет`, `кабмин` point back to a government, named before though no one made it an entity
    ("Правительство Черногории одобрило закон. Кабинет заявил, что закон вступит в силу в мае.",
     "Правительство Черногории"),
    ("Министерство финансов Украины подготовило бюджет. Правительство страны одобрило его. В кабмине заявили, "
     "что дефицит сократится.", "Правительство страны"),
])
def test_a_cabinet_is_the_government_named_before(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


def test_a_cabinet_as_a_room_is_nobody(extractor):
    text = "Глава компании Иван Петров принял журналистов в своем кабинете. Он заявил, что выручка выросла."
    assert extractor.extract(text)[-1].speaker.name == "Иван Петров"


@pytest.mark.parametrize("text, name", [
    # both institutions are named only in the words reported: the one the text
    # introduced with the noun, else the subject, not the nearest
    ("Компания Apple купила стартап у Google, сообщили в компании.", "Apple"),
    ("«Спартак» подписал контракт с «Зенитом», сообщает пресс-служба клуба.", "Спартак"),
    ("С «Зенитом» подписал контракт «Спартак», сообщает пресс-служба клуба.", "Спартак"),
])
def test_a_generic_noun_for_one_of_the_institutions_its_own_report_names(extractor, text, name):
    quote = extractor.extract(text)[0]
    assert quote.speaker.name == name


@pytest.mark.parametrize("rank", ["генерал-майор", "полковник", "контр-адмирал"])
def test_a_subject_with_a_rank_between_post_and_name_is_the_pronouns(extractor, rank):
    text = ("Президент России Владимир Путин провел совещание с военными. Путин заявил, что армия готова. "
            f"Официальный представитель Минобороны {rank} Игорь Конашенков рассказал о ходе учений. "
            "Он отметил, что задействованы сто самолетов.")
    quote = by_text(extractor.extract(text), "самолетов")
    assert quote.speaker.name == "Игорь Конашенков"


@pytest.mark.parametrize("text, name", [
    # the sentence `об этом` points back to is the narrator's: its subject is in play for the pronoun
    ("Мэр Москвы Сергей Собянин пообещал построить сто школ. Об этом он сообщил в своем блоге.", "Сергей Собянин"),
    ("Глава Минфина Антон Силуанов выступил на форуме. Певица Алла Пугачева отменила концерт. "
     "Об этом она сообщила в своем блоге.", "Алла Пугачева"),
    ("Депутат Иван Петров внес законопроект о такси. Об этом сообщил он сам.", "Иван Петров"),
])
def test_a_pronoun_reporting_the_sentence_before_may_be_its_subject(extractor, text, name):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, name", [
    # the author of a document is whom its relative `которого` stands for
    ("Депутат Иван Петров, в запросе которого говорится, что закон нарушен, обратился в прокуратуру.", "Иван Петров"),
    ("«Мы должны наказать их», — заявил проповедник Ахмед Салех, в указе которого говорится, "
     "что верующие должны забрать деньги из банков.", "Ахмед Салех"),
    # testimony is a document its giver speaks through
    ("Майор Николай Мельниченко дал показания суду. «У меня есть пленки», — говорится в показаниях Мельниченко.",
     "Николай Мельниченко"),
    ("В показаниях обвиняемого говорится, что он не был на месте преступления.", "обвиняемый"),
])
def test_a_documents_author_by_relative_or_testimony(extractor, text, name):
    quote = next(q for q in extractor.extract(text) if q.cue.text == "говорится")
    assert quote.speaker.name == name


@pytest.mark.parametrize("text, wrong", [
    # a generic noun with a country is never an institution introduced with another country
    ("Российская компания «Ростех» и немецкая компания Siemens подписали соглашение. "
     "Как сообщили в российской компании, проект обойдется в миллиард евро.", "Siemens"),
    ("Израильская корпорация «Таасия Авирит» и американская компания SkyTran заключили соглашение.\n\n"
     "Как сообщает пресс-служба израильской компании, ей предстоит создать полигон.", "SkyTran"),
])
def test_a_generic_noun_with_a_country_is_no_institution_of_another(extractor, text, wrong):
    quote = extractor.extract(text)[-1]
    assert wrong not in quote.speaker.name


def test_a_generic_noun_with_a_country_takes_the_one_of_that_country(extractor):
    text = ("Российская компания «Ростех» и немецкая компания Siemens подписали соглашение. "
            "Как сообщили в немецкой компании, проект обойдется в миллиард евро.")
    assert extractor.extract(text)[-1].speaker.name == "Siemens"


@pytest.mark.parametrize("text, name", [
    # an unnamed source in a named institution is a source of its own, as `источник в правительстве` is
    ("Источник в компании «Роснефть» сообщил, что сделка сорвется.", "Источник в компании «Роснефть»"),
    ("По информации источников в больнице «Шифаа», погибли трое.", "источники в больнице «Шифаа»"),
    ("Собеседник в банке «Открытие» сообщил, что сделка сорвется.", "Собеседник в банке «Открытие»"),
])
def test_a_source_in_a_quoted_institution_is_no_institution(extractor, text, name):
    assert extractor.extract(text)[0].speaker.name == name


def test_the_country_before_an_institution_counts_past_its_quote_mark(extractor):
    text = ("Российская компания «Ростех» и немецкая промышленная компания «Siemens» подписали соглашение. "
            "Как сообщили в российской компании, проект обойдется в миллиард евро.")
    assert "Siemens" not in extractor.extract(text)[-1].speaker.name


@pytest.mark.parametrize("text, wrong", [
    # a ship's name in quote marks is no person, and its rank word no antecedent
    ("Судно «Капитан Моргун» задержано в порту. Капитан судна сообщил, что экипаж здоров.", "Моргун"),
    ("Авианосец «Адмирал Кузнецов» вышел в море. «Поход продлится месяц», — сказал адмирал.", "Кузнецов"),
    ("Теплоход «Михаил Шолохов» прибыл в Ростов. По словам капитана, рейс прошел спокойно.", "Шолохов"),
])
def test_a_ships_name_is_no_person(extractor, text, wrong):
    quote = extractor.extract(text)[-1]
    assert wrong not in quote.speaker.name


@pytest.mark.parametrize("text, name", [
    # a verb coordinated with a nearer clause that has its own subject goes on that clause
    ("Министр уехал в отпуск, а его заместитель провел совещание и заявил, что реформа продолжится.",
     "его заместитель"),
    ("Суд отклонил жалобу братьев, а ЕСПЧ собрал заседание и сообщил, что дело будет рассмотрено.", "ЕСПЧ"),
    # one clause: the subject is shared as before
    ("Министр провел совещание и заявил, что реформа продолжится.", "Министр"),
])
def test_a_coordinated_verb_takes_the_subject_of_its_own_clause(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("text, speaker", [
    # a name inside a modifier of the speaker's noun (an adjective or
    # participle phrase, a relative clause) is someone else
    ("Источник, близкий к Игорю Сечину, сообщил, что сделка отложена.", "Источник, близкий к Игорю Сечину"),
    ("Собеседница, близкая к Анне Петровой, рассказала, что свадьба отменена.",
     "Собеседница, близкая к Анне Петровой"),
    # (the named person himself stays himself)
    ("Известный политолог Азер Гараев заявил, что визит важен.", "Азер Гараев"),
])
def test_a_name_inside_a_modifier_of_the_speakers_noun_is_someone_else(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, fragment, wrong", [
    # and a pronoun after such a subject is the subject, not the person
    # named in its description
    ("Источник, близкий к Игорю Сечину, не стал раскрывать подробностей. По его словам, сделка отложена.",
     "сделка отложена", "Игорь Сечин"),
    ("Адвокат, защищавший Олега Дерипаску, ответил кратко. Он заявил, что клиент не признает вину.",
     "клиент не признает вину", "Олег Дерипаска"),
    ("Очевидец, который снимал задержание Андрея Козлова на телефон, отказался назвать себя. "
     "Он рассказал, что полиция применила силу.", "полиция применила силу", "Андрей Козлов"),
    ("Свидетель, который дал показания против Виктора Рыбина, работает журналистом. "
     "Он утверждает, что видел документы.", "видел документы", "Виктор Рыбин"),
    # the person named as the subject of the relative clause itself
    ("Врач, которого пригласил Сергей Иванов, осмотрел пострадавших. Он сообщил, что их жизни ничто не угрожает.",
     "ничто не угрожает", "Сергей Иванов"),
    ("Следователь, которому Иван Кузнецов передал документы, изучил их. Он заявил, что дело будет закрыто.",
     "дело будет закрыто", "Иван Кузнецов"),
    # (a noun opening the sentence, which the tagger reads as a name)
    ("Эксперт, которого процитировал Андрей Смирнов, раскритиковал проект. Он считает, что реформа провалится.",
     "реформа провалится", "Андрей Смирнов"),
])
def test_a_pronoun_after_a_described_subject_is_the_subject(extractor, text, fragment, wrong):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker is not None and q.speaker.name != wrong and q.speaker.mention.text != q.speaker.name


@pytest.mark.parametrize("text, speaker", [
    ("Очевидец Андрей Козлов отказался назвать адрес. Он рассказал, что полиция применила силу.", "Андрей Козлов"),
    # the person is himself the subject, described by a relative clause
    ("Сергей Иванов, которого пригласил врач, осмотрел пострадавших. Он сообщил, что их жизни ничто не угрожает.",
     "Сергей Иванов"),
    # and the name in the clause the subject's named person brings stays out
    ("Адвокат, которого нанял Олег Дерипаска, Андрей Петров прибыл в суд. Он заявил, что его клиент невиновен.",
     "Андрей Петров"),
])
def test_a_pronoun_after_a_named_subject_stays_with_the_name(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a demonstrative points past the nearest subject only, not past every
    # subject of two sentences: the one who was the subject a sentence
    # before and is now the object is `тот`
    ("Министр финансов Сергей Котов выступил в Думе. Когда депутат Игорь Фомин потребовал от Котова объяснений, "
     "тот заявил, что бюджет сбалансирован.", "Сергей Котов"),
    ("Мэр Николай Ершов приехал на стройку. Прораб Виктор Луков пожаловался Ершову на нехватку рабочих, "
     "на что тот пообещал, что людей пришлют.", "Николай Ершов"),
    ("Бизнесмен Тимур Ахмедов провел неделю в СИЗО. На допросе следователь Максим Орехов показал Ахмедову выписки, "
     "но тот настаивал, что невиновен.", "Тимур Ахмедов"),
    # (and past the noun that names that subject too: `Журналистка Ольга Серова`)
    ("Глава компании Вера Миронова дала интервью. Журналистка Ольга Серова спросила Миронову о сокращениях, "
     "и та ответила, что увольнений не будет.", "Вера Миронова"),
    # controls: across a sentence, and a demonstrative whose gender only the subject has
    ("Тренер Олег Рябов провел пресс-конференцию. Корреспондент Денис Шубин поинтересовался у Рябова составом. "
     "Тот сказал, что состав не изменится.", "Олег Рябов"),
    ("Актриса Анна Петрова обвинила продюсера в обмане. Та заявила, что подаст в суд.", "Анна Петрова"),
])
def test_a_demonstrative_points_past_the_nearest_subject(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a demonstrative points to one just named other than as a subject, not
    # to a subject further back (the subject between, an institution or an
    # unnamed reporter, is no candidate or is passed over)
    ("Прокурор Андрей Белов зачитал обвинение. Затем суд допросил свидетеля Павла Рогова. "
     "Тот заявил, что ничего не видел.", "Павел Рогов"),
    ("Глава района Олег Смирнов приехал на место аварии. Корреспондент поговорил с водителем грузовика. "
     "Тот рассказал, что тормоза отказали.", "водитель грузовика"),
    ("Судья Ольга Громова открыла заседание. Затем адвокат опросил потерпевшую Ирину Лаптеву. "
     "Та рассказала, что нападавший был в маске.", "Ирина Лаптева"),
])
def test_a_demonstrative_points_to_one_just_named(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a bare comment, note or telegram is its author's, as a bare statement is
    ("МИД России распространил во вторник комментарий в связи с отказом в визе. «Такая позиция вызывает "
     "непонимание», — подчеркивается в комментарии МИД РФ. В Москве напоминают, что встреча возможна. "
     "Как отмечается в комментарии, такая позиция осложнит переговоры.", "осложнит переговоры", "МИД РФ"),
    ("Посольство Франции направило ноту МИД Италии. В ноте говорится, что посол будет отозван.",
     "посол будет отозван", "Посольство Франции"),
    # and a report its author published further back than a hypernym reaches
    ("Счетная палата опубликовала отчет о проверке Федерации хоккея. Аудиторы выявили нарушения. "
     "Федерация заявила, что не согласна с выводами проверки. Президент федерации назвал проверку предвзятой. "
     "В отчете также говорится, что федерация не смогла подтвердить расходы.",
     "не смогла подтвердить расходы", "Счетная палата"),
])
def test_a_bare_document_noun_is_its_authors(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a form of address before a name is no part of it: one person, one entity
    ("Сэр Шон Коннери требует компенсацию. «Они лгали», — заявил 72-летний Коннери.", "лгали", "Шон Коннери"),
    ("Мистер Джон Смит выступил в Лондоне. Смит сказал, что тур продолжится.", "тур", "Джон Смит"),
    ("Как рассказала госпожа Анна Ким, выставка откроется в мае.", "выставка", "Анна Ким"),
    # (in any case: one person, not two)
    ("Как заявил Сэр Элтон Джон, концерт состоится. По словам Сэра Элтона Джона, билеты проданы.", "билеты",
     "Элтон Джон"),
    # (a stage name or a name that begins with such a word keeps it, and so
    # does a name that is the word and one more: `Мистер Бин`)
    ("Леди Гага выступила в Лондоне. Она сказала, что тур продолжится.", "тур", "Леди Гага"),
    ("Мистер Бин выступил в Лондоне. Он сказал, что тур продолжится.", "тур", "Мистер Бин"),
    ("Генсек ООН Пан Ги Мун выступил в Нью-Йорке. Пан Ги Мун сказал, что переговоры продолжатся.", "переговоры",
     "Пан Ги Мун"),
])
def test_a_form_of_address_is_no_part_of_the_name(extractor, text, fragment, speaker):
    result = extractor.extract_document(text, id="t")
    q = by_text(result.quotes, fragment)
    assert q.speaker.name == speaker
    assert [e.name for e in result.entities if e.kind == "person"] == [speaker]


@pytest.mark.parametrize("text, fragment, speaker", [
    # the administration of a site named by a generic noun speaks for the site,
    # as its press service would
    ("Портал 4PDA заблокировали. По данным администрации портала, блокировка незаконна.", "незаконна", "4PDA"),
    ("Сайт «Медуза» опубликовал материал. Администрация сайта сообщила, что текст будет исправлен.", "исправлен",
     "Медуза"),
    ("Сервис LiveJournal подвергся атаке. Администрация ресурса опровергла, что целью был блогер.", "целью",
     "LiveJournal"),
    # (one of a person or a place is its own body, and so is another's or a count's)
    ("Портал 4PDA заблокировали. По данным администрации другого портала, блокировка незаконна.", "незаконна",
     "администрация другого портала"),
    ("Портал 4PDA заблокировали. По данным администрации нескольких порталов, блокировка незаконна.", "незаконна",
     "администрация нескольких порталов"),
    ("Компания «Газпром» подняла цены. В администрации президента заявили, что рост неизбежен.", "рост",
     "администрация президента"),
    ("Мэр Иркутска выступил на совещании. В администрации города сообщили, что ремонт завершен.", "ремонт",
     "администрация города"),
])
def test_an_administration_of_a_generic_institution_is_that_institution(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a group's name is a nominative phrase the text supports
    ("Со стороны адвокатов последовало заявление. Как сообщили адвокаты, приговор будет обжалован.", "приговор",
     "адвокаты"),
    ("По данным нескольких источников, участвующих в подготовке церемонии, она пройдет в мае.", "пройдет",
     "несколько источников"),
    ("Со ссылкой на нескольких экспертов агентство сообщило, что сделка сорвалась. По данным нескольких экспертов, "
     "сделка сорвалась из-за санкций.", "из-за санкций", "несколько экспертов"),
    ("Агентство со ссылкой на нескольких экспертов сообщило, что сделка сорвалась.", "сорвалась",
     "несколько экспертов"),
    # (counted in the nominative, as before)
    ("Как сообщили несколько источников в правительстве, церемония пройдет в мае.", "церемония",
     "несколько источников в правительстве"),
])
def test_a_group_named_after_a_compound_preposition_or_a_count(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # `по его данным` after a medium named as the subject, whatever its verb:
    # the medium's data (a medium is no `он` to the pronoun rules)
    ("Тела двух погибших британцев показал катарский телеканал Al Jazeera. По его версии, британцев казнили.",
     "казнили", "Al Jazeera"),
    ("О задержании чиновника писало смоленское издание «Ридовка». По его данным, чиновник получил взятку.",
     "взятку", "Ридовка"),
    ("Об ударе по городу сообщило местное информагентство SANA. По его данным, погибли пять человек.",
     "погибли", "SANA"),
    ("Первым о скандале написал журнал The New Yorker. По его сведениям, продюсер давно знал об обвинениях.",
     "продюсер", "The New Yorker"),
    # (the agency that relays a minister: the nearer subject)
    ("Об этом заявил министр иностранных дел Сирии Валид аль-Муаллем, передает агентство SANA. По его данным, "
     "аль-Муаллем выразил надежду на скорое перемирие.", "надежду", "SANA"),
    # (the subject of the pronoun's own sentence, after someone else spoke)
    ("Бизнесмен Олег Петров рассказал, что его похитили в Юрмале. Журнал «Огонек» приводит имя задержанного: по его "
     "данным, это 30-летний житель Москвы.", "житель", "Огонек"),
    # (someone's words, or a person made the subject since, stay a person's)
    ("Министр Иван Петров прибыл на место взрыва. Об ударе сообщило агентство SANA. По его словам, погибли пять "
     "человек.", "погибли", "Иван Петров"),
    ("Видео опубликовал телеканал CNN. Министр Иван Петров прибыл на место взрыва. По его данным, погибли пять "
     "человек.", "погибли", "Иван Петров"),
])
def test_the_data_of_a_medium_named_as_the_subject(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # an impersonal report whose sentence ends with the one medium relaying
    # it: that medium is the only source named, the speaker with no chain
    ("Взрыв произошел на складе. Как сообщается, ударная волна разрушила все постройки в радиусе 60 метров, "
     "сообщает ИТАР-ТАСС.", "ударная", "ИТАР-ТАСС"),
    ("Сообщается, что погибли пять человек, пишет «Коммерсант».", "погибли", "Коммерсант"),
    ("Отмечается, что цены на бензин выросли на 10 процентов, передает агентство Reuters.", "цены", "Reuters"),
    # (with no medium after it, no one)
    ("Взрыв произошел ночью. Сообщается, что погибли пять человек.", "погибли", None),
])
def test_an_impersonal_report_a_medium_relays_is_the_mediums(extractor, text, fragment, speaker):
    q = by_text(extractor.extract(text), fragment)
    assert q.speaker.name == speaker
    if speaker:
        assert q.speaker.kind == "media" and not q.chain


@pytest.mark.parametrize("text, fragment, speaker", [
    # a man named since the medium, as anything, keeps `его данные`
    ("Телеканал CNN взял интервью у министра обороны США Ллойда Остина. По его данным, войска выведут к осени.",
     "войска", "Ллойд Остин"),
    ("«Интерфакс» цитирует главу МЧС Сергея Петрова: по его данным, пострадавших нет.", "пострадавших",
     "Сергей Петров"),
    ("Агентство Reuters связалось с адвокатом бизнесмена Игорем Смирновым. По его версии, обвинения сфабрикованы.",
     "обвинения", "Игорь Смирнов"),
])
def test_the_data_of_a_man_named_after_the_medium_are_his(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Ответ на запрос газеты Минфин опубликовал в пятницу. По его данным, дефицит бюджета сократился.",
    "В статье журнала Сбербанк назвал причины роста ставок. По его данным, спрос на кредиты упал.",
])
def test_a_medium_noun_of_another_phrase_makes_no_medium(extractor, text):
    result = extractor.extract_document(text)
    assert not any(e.kind == "media" and e.name in ("Минфин", "Сбербанк") for e in result.entities)


@pytest.mark.parametrize("text", [
    "Как сообщается, ударная волна разрушила все постройки, пишет газета.",
    "Как сообщается, погибли пять человек, сообщают СМИ.",
])
def test_an_impersonal_report_a_generic_medium_relays_is_no_ones(extractor, text):
    assert extractor.extract(text)[0].speaker.name is None


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Премьер-министр Дмитрий Медведев провел прием граждан. В ходе общения с премьером и председателем партии "
     "студентка Дарья Хлынова рассказала о проблеме оплаты общежитий. \"Есть такие люди\", - сказала студентка. "
     "Глава правительства в этой связи вспомнил свои студенческие времена, заметив, что получал повышенную "
     "стипендию.", "стипендию", "Дмитрий Медведев"),
    ("Губернатор Олег Смирнов встретился с жителями. На встрече с губернатором пенсионерка Анна Козлова "
     "пожаловалась на тарифы. Губернатор пообещал, что тарифы пересмотрят.", "тарифы пересмотрят", "Олег Смирнов"),
])
def test_posts_before_a_noun_of_the_person_in_her_case_are_someone_else_s(extractor, text, fragment, speaker):
    # `с премьером … студентка Дарья Хлынова`: the student is no premier
    assert by_text(extractor.extract_document(text).quotes, fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Мохаммед аль-Файед приехал в Москву. \"Мы ищем правду\", - подчеркнул пресс-секретарь аль-Файеда.",
     "правду", "пресс-секретарь аль-Файеда"),
    ("Отец погибшего, бизнесмен Мохаммед аль-Файед, оспорит вердикт. Тем не менее, по словам пресс-секретаря "
     "аль-Файеда, бизнесмен хорошо спал.", "хорошо спал", "пресс-секретарь аль-Файеда"),
])
def test_a_foreign_name_the_tagger_cannot_decline_is_still_whose_the_post_is(extractor, text, fragment, speaker):
    # `пресс-секретарь аль-Файеда`: the secretary, not аль-Файед, whatever case the name was given
    assert by_text(extractor.extract_document(text).quotes, fragment).speaker.name == speaker


def test_a_description_in_the_name_s_case_keeps_the_post_of_its_case(extractor):
    # `глава фракции коммунист Иван Петров`: the post agrees with the name, it is his
    text = ("На заседании выступил глава фракции коммунист Иван Петров. \"Закон примут\", - сказал Петров. "
            "Глава фракции добавил, что поправки готовы.")
    assert by_text(extractor.extract_document(text).quotes, "поправки").speaker.name == "Иван Петров"


@pytest.mark.parametrize("text, kind", [
    ("Застройщик ПИК заявил, что дома сдадут в срок.", "organization"),
    ("Авиаперевозчик «Аэрофлот» сообщил, что рейсы отменены.", "organization"),
    ("Поезд опоздал, сообщил машинист РЖД.", "person"),
])
def test_a_trade_noun_before_a_company_s_name_is_the_company(extractor, text, kind):
    assert extractor.extract_document(text).quotes[0].speaker.kind == kind


def test_a_relay_called_a_medium_changes_no_kind_of_what_it_names(extractor):
    # `телеканал «Россия»` relays; the country that spoke before stays what it was
    text = ("Россия заявила, что ответит на санкции. Телеканал «Россия» со ссылкой на источник сообщил, что ответ "
            "готов. По данным издания, он будет жестким.")
    assert by_text(extractor.extract_document(text).quotes, "ответит").speaker.kind == "organization"


@pytest.mark.parametrize("text, phrase", [
    # the present post after a former one, set off by a comma, holds the name
    ("Это не могло произойти, заявил бывший министр Грузии по урегулированию конфликтов, а ныне противник "
     "действующей власти Георгий Хаиндрава.",
     "бывший министр Грузии по урегулированию конфликтов, а ныне противник действующей власти Георгий Хаиндрава"),
    # (a participle's clause after the comma is no post of his)
    ("Как заявил министр, подписавший указ Георгий Хаиндрава, выборы были сфальсифицированы.", "министр"),
])
def test_a_present_post_after_a_former_one_holds_the_name(extractor, text, phrase):
    from quotes.mentions import noun_phrase

    doc = extractor.backend.parse(text)
    head = next(t.index for t in doc.tokens if t.text == "министр")
    mention = noun_phrase(doc, head)
    assert text[mention.start:mention.end] == phrase


@pytest.mark.parametrize("text, speaker", [
    # a name right after its preposition takes no role noun from the words
    # before it: `спросил президент у Игнатьева` is the president's role
    ("Президент России Владимир Путин обсудил ситуацию с председателем Центрального банка России Сергеем "
     "Игнатьевым. «Что вами предпринимается?», - спросил президент у Игнатьева. «Мы ведем активную работу», - "
     "сказал Игнатьев. «Не спровоцирована ли напряженность?», - спросил президент России.", "Владимир Путин"),
    ("Губернатор области Олег Королев провел совещание с мэром Липецка Михаилом Гулевским. «Когда закончится "
     "ремонт?», - поинтересовался губернатор у Гулевского. «К осени», - ответил Гулевский. «Это слишком "
     "долго», - сказал губернатор области.", "Олег Королев"),
    # (a preposition inside the role's own complement keeps the role his)
    ("«Решение принято», - заявил председатель комитета по обороне Алексей Жуков. Председатель комитета "
     "добавил, что закон вступит в силу летом.", "Алексей Жуков"),
])
def test_a_name_after_its_preposition_takes_no_role_before_it(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # someone known only by a post on another side of a trial is someone else
    ("Суд продолжил слушания по делу. «Мой клиент невиновен», - заявил адвокат обвиняемого. Гособвинитель, в "
     "свою очередь, попросил приобщить документы. «Это нарушение», - сказал прокурор.", "Гособвинитель"),
    # (the same side, under its other name, is the same person)
    ("«Мой подзащитный невиновен», - сказал адвокат Абызова Петр Сидоров. Прокурор потребовал 12 лет. «Вина "
     "доказана», - заявил гособвинитель.", "Прокурор"),
])
def test_a_post_on_another_side_of_a_trial_is_someone_else(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # `один из X`, `одна из X`: one person of the group, whom a pronoun after
    # their words may take up (not the one named before)
    ("Глава Роскосмоса Дмитрий Рогозин провел совещание. «Это относится к руководящему персоналу», - указал один "
     "из собеседников агентства. По его словам, документ имеет гриф ДСП.", "один из собеседников агентства"),
    ("Глава Роскосмоса Дмитрий Рогозин провел совещание. «Это относится к персоналу», - указала одна из "
     "собеседниц. По ее словам, документ имеет гриф ДСП.", "одна из собеседниц"),
    # (a pronoun of the other gender is someone else)
    ("Министр Ольга Голодец открыла форум. «Цены вырастут», - сказал один из участников. Она отметила, что "
     "форум продлится два дня.", "Ольга Голодец"),
])
def test_one_of_a_group_is_a_person_a_pronoun_may_take_up(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name with another person's name right after it is whose the role is
    # (an indeclinable one shows no genitive): the role is the next name's
    ("Личный фотограф Саакашвили Ираклий Геденидзе арестован. «Это провокация», - заявил Саакашвили. «Я ничего "
     "не делал во вред стране», - утверждает фотограф.", "Ираклий Геденидзе"),
    ("«Мы выполним обязательства», - сказал пресс-секретарь Шойгу Игорь Конашенков. «Учения продолжатся», - "
     "добавил пресс-секретарь.", "Игорь Конашенков"),
])
def test_a_name_before_another_name_is_whose_the_role_is(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # the head of a body inside a ministry is no minister
    ("«Пожар потушен», - сообщил начальник областного управления МЧС Станислав Омельянчик. Министр заявил, что "
     "ущерб оценят завтра.", "Министр"),
    ("Министр МЧС Владимир Пучков прибыл в регион. «Пожар потушен», - сообщил начальник областного управления МЧС "
     "Станислав Омельянчик. Министр заявил, что ущерб оценят завтра.", "Владимир Пучков"),
    # (the head of the ministry itself is its minister)
    ("«Бюджет будет исполнен», - сказал глава Минфина Антон Силуанов. Министр добавил, что дефицит сократится.",
     "Антон Силуанов"),
])
def test_the_head_of_a_unit_of_a_ministry_is_no_minister(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # from the second code review of the thirtieth session: the guards stay
    # to what they were made for
    # (a state's own name is no unit of its ministry)
    ("Глава Минфина Российской Федерации Антон Силуанов выступил в Думе. Депутат Иван Петров с ним спорил. "
     "«Бюджет сбалансирован», - заявил министр.", "Антон Силуанов"),
    # (a name in another case after a name is an object, not whose the role is)
    ("Мэр Москвы Сергей Собянин Юрию Лужкову ответил резко. «Это неправда», - заявил мэр.", "Сергей Собянин"),
    # (a lawyer may stand trial: sides and parties are not crossed)
    ("Адвокат Иван Петров, обвиняемый в мошенничестве, пришел в суд. «Я невиновен», - заявил подсудимый.",
     "Иван Петров"),
    # (one of a group named past its adjectives or a possessive)
    ("Глава Роскосмоса Дмитрий Рогозин провел совещание. «Это относится к персоналу», - указал один из наших "
     "собеседников. По его словам, документ имеет гриф ДСП.", "один из наших собеседников"),
    ("Министр Ольга Иванова открыла форум. «Цены вырастут», - сказала одна из молодых участниц акции. По ее "
     "словам, форум продлится два дня.", "одна из молодых участниц акции"),
    # (people counted behind a preposition issued nothing)
    ("Для 300 беженцев составили обращение. «Мы просим помощи», - говорится в обращении.", "обращение"),
    ("Около 300 врачей подписали письмо министру. Авторы письма отмечают, что зарплаты не повышались.",
     "300 врачей"),
])
def test_the_session_guards_stay_to_their_constructions(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # people a quote's words name (`что японские ученые нашли …`) are the
    # group a later plural noun of their role stands for
    ("Газета пишет, что японские ученые нашли новый вид рыб. По мнению ученых, он обитает на глубине восьми "
     "километров.", "японские ученые"),
    ("Как сообщает ТАСС, по словам адвоката, французские следователи изучили записи камер. Следователи считают, "
     "что нападавших было трое.", "французские следователи"),
    ("Депутат Иван Петров заявил, что местные жители давно жалуются на шум. Жители, в свою очередь, отметили, что "
     "готовы выйти на митинг.", "местные жители"),
    ("Министр заявил, что российские военные уже покинули район. Военные подтвердили, что отвели технику.",
     "российские военные"),
    # (another group of the role: a country, a place of its own)
    ("Министр заявил, что российские военные уже покинули район. Украинские военные подтвердили, что отвели "
     "технику.", "Украинские военные"),
    ("Газета пишет, что японские ученые нашли новый вид рыб. Американские ученые считают, что он обитает на "
     "глубине восьми километров.", "Американские ученые"),
    ("Мэр заявил, что жители села Заречное получат компенсации. Жители села Луговое отметили, что ничего не "
     "получили.", "Жители села Луговое"),
])
def test_a_group_named_in_a_quotes_words_is_a_later_nouns_antecedent(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text", [
    # a headline's role noun, capitalised and taken by the tagger for a
    # name, is the one the lead's noun of that role takes up
    "Блоггер сообщил о бунте на флагмане флота\n\nУкраинский блоггер в своем интернет-дневнике сообщил о том, "
    "что экипаж корабля якобы поднял бунт.",
    "Эксперт прокомментировал ситуацию с номерами\n\nКак считает эксперт, водителям не стоит переживать из-за "
    "грязных номеров.",
    "Политолог оценил итоги выборов\n\nИзвестный политолог считает, что явка была низкой.",
])
def test_a_headlines_role_noun_is_the_leads(extractor, text):
    result = extractor.extract_document(text)
    quote = result.quotes[-1]
    entity = next(e for e in result.entities if e.id == quote.speaker.entity)
    assert any(m.start == 0 for m in entity.mentions) and quote.speaker.mention.start > 0


@pytest.mark.parametrize("later, linked", [
    # a number in the noun's complement counts other things, not the people
    # (`лидеры двух стран` may be the leaders named before), and a phrase
    # counting another number of them is another group
    ("лидеры двух стран", True),
    ("министры двух стран", True),
    ("министры пяти стран", False),
])
def test_a_number_in_the_complement_does_not_make_a_group_new(extractor, later, linked):
    first = later if linked else "министры трех стран"
    text = (f"«Мы договорились по всем направлениям», - сказал Ху Цзиньтао. Кроме того, {first} обсудили "
            f"энергетику.\n\nЯдерная проблема\n\nНа переговорах {later} пришли к выводу, что конфликт должен быть "
            f"решен мирно.")
    result = extractor.extract_document(text)
    quote = result.quotes[-1]
    entity = next(e for e in result.entities if e.id == quote.speaker.entity)
    assert quote.speaker.mention.text == later
    assert any(m.text == first and m.start < quote.speaker.mention.start for m in entity.mentions) == linked


@pytest.mark.parametrize("text, speaker", [
    # a post whose complement names someone in the genitive (whose the post
    # is), then, after a comma, a second post with the person's own name in
    # the post's case: the speaker is that name, not the genitive's
    ("Бывший советник президента России Владимира Путина, российский экономист Андрей Илларионов заявил, что "
     "кризис продлится долго.", "Андрей Илларионов"),
    ("Адвокат бизнесмена Михаила Ходорковского, известный юрист Юрий Шмидт заявил, что подаст жалобу.",
     "Юрий Шмидт"),
    ("Пресс-секретарь главы Чечни Рамзана Кадырова, известный журналист Альви Каримов сообщил, что встреча "
     "состоится.", "Альви Каримов"),
    # (the same after `по словам`, `как заявил`: the apposition closed by a comma)
    ("По словам адвоката бизнесмена Михаила Ходорковского, известного юриста Юрия Шмидта, жалоба уже подана.",
     "Юрий Шмидт"),
    ("Как заявил советник президента России Владимира Путина, экономист Андрей Илларионов, кризис продлится "
     "долго.", "Андрей Илларионов"),
    # (no apposition: the adviser is no one the text names, never the president)
    ("Советник президента России Владимира Путина заявил, что кризис продлится долго.",
     "Советник президента России Владимира Путина"),
])
def test_a_post_then_whose_name_then_an_apposed_name(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # `глава республики` is the head of whichever republic the text named,
    # a region's head as often as a country's president: no president by
    # the word alone
    ("Глава Чечни Рамзан Кадыров провел совещание. Президент России Владимир Путин позвонил ему. «Мы справимся», "
     "- заявил глава республики.", "Рамзан Кадыров"),
    ("Президент Белоруссии Александр Лукашенко провел совещание. «Урожай будет хорошим», - заявил глава "
     "республики.", "Александр Лукашенко"),
    ("Глава Татарстана Рустам Минниханов встретился с Владимиром Путиным. «Регион готов к инвестициям», - заявил "
     "глава республики.", "Рустам Минниханов"),
])
def test_the_head_of_a_republic_is_the_head_named_before(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a letter `из X` or `от X` speaks as its sender, whatever case the
    # tagger gave a quoted name
    ("Завод может остановиться. Об этом сообщают «Ведомости», ссылающиеся на письмо из «Газпром межрегионгаз "
     "Санкт-Петербург».", "Газпром межрегионгаз Санкт-Петербург"),
    ("Завод может остановиться. Об этом сообщают «Ведомости» со ссылкой на письмо от Минфина.", "Минфин"),
    # (a place it came from is no sender)
    ("Завод может остановиться. Об этом сообщают «Ведомости» со ссылкой на письмо из архива.",
     "письмо из архива"),
])
def test_a_letter_from_someone_speaks_as_its_sender(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # from a code review of the thirty-first session: the new readings stay
    # to what they were made for
    # (a name right after the head is its own, in whatever case; the name
    # after a second post's own complement is that complement's)
    ("По словам юриста Ивана Петрова, адвоката бизнесмена Сергея Сидорова, жалоба уже подана.", "Иван Петров"),
    ("Со ссылкой на адвоката Ивана Петрова, защитника бизнесмена Сергея Сидорова, агентство сообщает, что жалоба "
     "уже подана.", "Иван Петров"),
    # (a group inside the very words attributed is not their speaker)
    ("«Другие депутаты нас не поддерживают», - заявили депутаты.", "депутаты"),
    ("«Американские ученые ошибаются», - заявили ученые.", "ученые"),
    # (the news vectors know a country's or an institution's head, not its envoy)
    ("Владимир Путин провел переговоры в Пекине. «Стороны подписали десять соглашений», - сказал посол России.",
     "посол России"),
    ("Министр иностранных дел России Сергей Лавров прибыл в Женеву. «Мы не согласны с такой оценкой», - сказал "
     "представитель МИД России.", "представитель МИД России"),
])
def test_the_thirty_first_sessions_readings_stay_to_their_constructions(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("first, later", [
    # the same number however written (`обеих`, `3`), and not one of a
    # participle's phrase (`прибывшие на 3 дня`)
    ("лидеры двух стран", "лидеры обеих стран"),
    ("министры трех стран", "министры 3 стран"),
    ("министры двух стран, прибывшие на 3 дня,", "министры двух стран"),
])
def test_a_number_is_read_as_its_value(extractor, first, later):
    text = (f"«Мы договорились по всем направлениям», - сказал Ху Цзиньтао. Кроме того, {first} обсудили "
            f"энергетику.\n\nЯдерная проблема\n\nНа переговорах {later} пришли к выводу, что конфликт должен быть "
            f"решен мирно.")
    result = extractor.extract_document(text)
    quote = result.quotes[-1]
    entity = next(e for e in result.entities if e.id == quote.speaker.entity)
    assert any(m.start < quote.speaker.mention.start for m in entity.mentions)


@pytest.mark.parametrize("text, speaker", [
    # a post with its complement in the lead, the person named with the post
    # three or four sentences on in the same paragraph
    ("Генпрокуратура проверила торговые сети\n\nТем временем Генпрокурор России назвал ситуацию с ценами "
     "«удручающей». По его словам, к нарушителям "
     "будут применяться жесткие меры. Проверки выявили множество нарушений. Цены выросли в несколько раз, "
     "заявил генеральный прокурор РФ Юрий Чайка.", "Юрий Чайка"),
    ("Берлин против реформы\n\nМинистр финансов Германии назвал план «опасным». Он предупредил о рисках для "
     "бюджета. Коалиция пока "
     "молчит. Партнеры ждут решения. Реформа не нужна, считает министр финансов Германии Кристиан Линднер.",
     "Кристиан Линднер"),
])
def test_a_post_in_the_lead_is_the_person_named_with_it_a_few_sentences_on(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@pytest.mark.parametrize("text", [
    # a bare post, or the post of another country, is someone else
    "Суд начнется в марте\n\nПрокурор признал, что суд будет заочным. Украинская прокуратура обещала помочь. "
    "Шансы малы, - "
    "констатировал он. Однако генпрокурор Украины Юрий Луценко пообещал арестовать подозреваемого.",
    "Берлин против реформы\n\nМинистр финансов Германии назвал план «опасным». Он предупредил о рисках. "
    "Коалиция молчит. Реформа не "
    "нужна, считает министр финансов Франции Бруно Ле Мэр.",
])
def test_a_post_named_a_few_sentences_on_for_another_is_not_the_leads(extractor, text):
    assert extractor.extract(text)[0].speaker.name not in ("Юрий Луценко", "Бруно Ле Мэр")


@pytest.mark.parametrize("text, speaker", [
    # the post first with no name; the person named only further on, with
    # later mentions of the post going to him
    ("Минспорта ответило на статьи о допинге\n\nСтатьи о допинге публикуются с целью лишить Сочи лаборатории, "
     "заявил министр спорта РФ.\n\n"
     "«Наши успехи многим не по душе», - цитирует заявление Мутко РИА «Новости».\n\n"
     "Министр отметил, что борьба с допингом будет всегда.", "Мутко"),
    ("Школы откроются в срок\n\nРеформа затронет каждого гражданина, сказал губернатор области.\n\n"
     "Как пояснил Олег Кувшинников, расходы вырастут. Губернатор добавил, что школы откроются в срок.",
     "Олег Кувшинников"),
])
def test_a_post_given_first_with_no_name_is_the_one_person_named_with_it_later(extractor, text, speaker):
    result = extractor.extract_document(text)
    quote = result.quotes[0]
    assert quote.speaker.name == speaker
    # (the post's own first mention is the person's now: one entity)
    entity = next(e for e in result.entities if e.id == quote.speaker.entity)
    assert any((m.start, m.end) == (quote.speaker.mention.start, quote.speaker.mention.end) for m in entity.mentions)


@pytest.mark.parametrize("text, other", [
    # a bare post of another rank, two holders of the post: not folded
    ("Суд начнется в марте\n\nСуд будет заочным, признал прокурор.\n\nПодозреваемых четверо. Двое в розыске. "
     "Шансы малы.\n\nОднако генпрокурор Украины Юрий Луценко пообещал арестовать "
     "подозреваемого. Генпрокурор добавил, что ждет решения.", "Юрий Луценко"),
    ("Школы откроются в срок\n\nРеформа затронет каждого, сказал губернатор.\n\nБюджет вырос. Учителей не "
     "хватает. Родители ждут.\n\nГубернатор Олег Кувшинников и губернатор Андрей Травников "
     "обсудили бюджет. Губернатор добавил, что школы откроются.", "Олег Кувшинников"),
])
def test_a_post_given_first_with_no_name_stays_apart_where_the_later_person_may_be_another(extractor, text, other):
    assert extractor.extract(text)[0].speaker.name != other


@pytest.mark.parametrize("text, speaker", [
    # a press officer is his body's representative, with someone else named between
    ("Эвакуация посольства\n\nПосольство закрыто, заявила руководитель пресс-службы Госдепартамента Джен Псаки."
     "\n\nПосол Роберт Форд покинул страну. Охрана усилена. Рейсы отменены.\n\nПо словам представителя "
     "Госдепартамента, решение временное.", "Джен Псаки"),
    ("Эвакуация посольства\n\nПосольство закрыто, заявил сотрудник пресс-службы МИД Франции Жан Дюбуа.\n\n"
     "Посол Роберт Форд покинул страну. Охрана усилена. Рейсы отменены.\n\nКак сообщил представитель МИД "
     "Франции, решение временное.", "Жан Дюбуа"),
])
def test_a_representative_is_the_press_officer_named_before(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


def test_a_representative_is_no_press_officer_of_another_body(extractor):
    text = ("Спасение судов осложняет непогода\n\nОперация идет, сообщил пресс-секретарь МЧС Иван Петров.\n\n"
            "Ледоколы работают вторые сутки. По сообщению капитана Геннадия Антохина, лед толстый. Погода "
            "ухудшилась.\n\n«Ледокол продолжает окалывать лед», - сказал представитель Росрыболовства.")
    assert extractor.extract(text)[-1].speaker.name != "Иван Петров"


def test_one_speaker_mention_is_one_entity_for_both_its_reports(extractor):
    # `заявил он и добавил, что P`: one `он` for the words before and the clause
    text = ("У будущего главы Чечни Алу Алханова не было сомнений насчет того, кто стоит за нападением на "
            "Ингушетию. Это был Шамиль Басаев, который уже 15 лет возглавляет банды, заявил он и добавил, что "
            "Аслан Масхадов заранее одобрил это нападение.")
    quotes = extractor.extract(text)
    assert len(quotes) == 2 and {q.speaker.name for q in quotes} == {"Алу Алханов"}


@pytest.mark.parametrize("text, speaker", [
    # a document in the locative speaks; a genitive thing after it wrote nothing
    # (and tells which document, so it is named with it since the forty-fourth session)
    ("В спецификации заказа отмечается, что поставка должна пройти до мая.", "спецификация заказа"),
    ("В описании к ролику говорится, что съемки прошли в Москве.", "описание"),
    ("В техническом задании отмечается, что сервер должен работать круглосуточно.", "задание"),
    # (a body, a group, a document's document still lead to the writer)
    ("В заявлении министерства говорится, что поставка пройдет в мае.", "министерство"),
    ("В письме депутатов говорится, что поставка пройдет в мае.", "депутаты"),
    ("«Заказчиком называется Лазаренко», - говорится в тексте показаний экс-майора.", "экс-майор"),
])
def test_a_document_in_the_locative_speaks_unless_its_genitive_wrote_it(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # controls of the session's rules (a code review's cases)
    ("Банк «Открытие» отказался от сделки. Руководство банка заявило, что решение окончательное.", "Открытие"),
    ("В заявлении редакции говорится, что журнал закрывается.", "редакция"),
])
def test_controls_of_spokespeople_and_document_authors(extractor, text, speaker):
    assert extractor.extract(text)[-1].speaker.name == speaker


def test_a_post_of_one_country_is_not_folded_into_a_person_of_no_known_country(extractor):
    text = ("Бюджет будет сбалансирован\n\nДефицита не будет, заявил министр финансов России.\n\nКурс доллара "
            "вырос. Нефть подешевела. Рынки ждут.\n\n«Ставки останутся высокими», - цитирует заявление Йеллен "
            "Reuters.\n\nМинистр отметил, что налоги не вырастут.")
    assert extractor.extract(text)[0].speaker.name != "Йеллен"


def test_a_representative_is_no_chairman_of_a_committee_for_relations_with_others(extractor):
    text = ("Законопроект внесен\n\nЗакон примут весной, сообщил председатель комитета Госдумы по связям с "
            "соотечественниками Иван Петров.\n\nДепутаты спорят. Сроки сдвигаются. Поправки готовы.\n\n"
            "По словам представителя Госдумы, голосование пройдет в мае.")
    assert extractor.extract(text)[-1].speaker.name != "Иван Петров"


def test_a_case_card_on_a_courts_site_is_the_courts(extractor):
    text = "В карточке дела на сайте Мосгорсуда говорится, что решение было принято по иску телеканала."
    assert extractor.extract(text)[-1].speaker.name == "Мосгорсуд"


@pytest.mark.parametrize("text, other", [
    # `собеседник X` is whom X spoke with, never X, in whatever case the tagger read X
    ("Актер Тайгер Дрю-Хани встретился с Мэттом Макмалленом. «Люди не понимают», — говорит собеседник Дрю-Хани.",
     "Тайгер Дрю-Хани"),
    ("Певица Анна Смирнова встретилась с Ольгой Ивановой. «Мы поговорили», — рассказала собеседница Смирновой.",
     "Анна Смирнова"),
])
def test_an_interlocutor_of_someone_named_is_someone_else(extractor, text, other):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name != other and quote.speaker.mention.text.startswith("собеседни")


@pytest.mark.parametrize("text, name", [
    ("«Мы поговорили», — рассказал собеседник агентства Иван Петров.", "Иван Петров"),
    # a surname in the nominative of the noun's own gender is apposed: the interlocutor herself
    ("Корреспондент побеседовал с экспертом Анной Смирновой. «Рынок перегрет», — рассказала собеседница Смирнова.",
     "Анна Смирнова"),
])
def test_an_interlocutor_with_her_own_name_is_that_person(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


def test_an_assistant_of_a_woman_named_after_the_noun_is_the_assistant_introduced_before(extractor):
    text = ("Помощник госсекретаря США Фил Гордон сказал, что дверь ЕС для Сербии открыта. "
            "Помощник Хиллари Клинтон по европейским делам, который в среду посетил Белград, заявил, "
            "что планка для ЕС высока.")
    assert by_text(extractor.extract(text), "планка").speaker.name == "Фил Гордон"


@pytest.mark.parametrize("text, speaker", [
    # a percentage of a group in the genitive is the subject (the tagger reads `%` as a symbol)
    ("70% граждан считают, что ЕГЭ необходимо отменить.", "70% граждан"),
    ("Около 70% опрошенных заявили, что ЕГЭ необходимо отменить.", "70% опрошенных"),
    ("Около 70% граждан убеждены в том, что ЕГЭ необходимо отменить.", "70% граждан"),
    # … as a share named by a noun is (`Треть опрошенных`)
    ("Треть опрошенных считает, что ЕГЭ нужен.", "Треть опрошенных"),
])
def test_a_share_of_a_group_is_the_speaker(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    # a document the subject of a verb of making made speaks as its maker
    ("Агентство Reuters опубликовало расследование, согласно которому часть средств была похищена.", "Reuters"),
    ("Минфин подготовил доклад, согласно которому дефицит бюджета вырастет.", "Минфин"),
    # one someone only studied or signed is still the document's own
    ("Прокуратура изучила доклад, согласно которому дефицит бюджета вырастет.", "доклад"),
])
def test_a_document_after_soglasno_kotoromu_speaks_as_its_maker(extractor, text, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # the one the article is about is named most before a relative comes in
    ("Суд отказался освободить Олега Смирнова. Адвокаты Олега Смирнова обжалуют это решение, сообщил "
     "брат осужденного Павел Смирнов. Сам Смирнов заявил, что не признает вину.", "не признает", "Олег Смирнов"),
    ("Умер основатель компании Виктор Орлов. Виктора Орлова похоронят в Москве. Завещание огласил его сын "
     "Артем Орлов. Как говорил Орлов, компания должна остаться семейной.", "семейной", "Виктор Орлов"),
    # (a man's form is his, though his wife is named last)
    ("Бывшего мэра Игоря Волкова задержали в пятницу. Игоря Волкова обвиняют во взятке. Его жена Анна Волкова "
     "сказала журналистам, что муж болен. По словам Волкова, дело против него сфабриковано.", "сфабриковано",
     "Игорь Волков"),
])
def test_a_bare_surname_shared_by_relatives_is_the_one_named_most_so_far(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a man's case form is not a woman's surname, however often she is named
    ("Юлия Навальная выступила в Берлине. Юлия Навальная рассказала о муже. Юлия Навальная встретилась с "
     "министрами. Алексей Навальный находится в колонии. По словам Навального, его лишили свиданий.", "лишили",
     "Алексей Навальный"),
    # a woman's surname ending in a consonant does not decline
    ("Мелания Трамп посетила больницу. Мелания Трамп поговорила с врачами. Мелания Трамп пообещала помощь. "
     "Дональд Трамп в это время был в Техасе. По словам Трампа, ураган нанес огромный ущерб.", "ураган",
     "Дональд Трамп"),
    # ... and her undeclined surname stays hers
    ("Мелания Трамп посетила больницу. Мелания Трамп поговорила с врачами. Дональд Трамп в это время был в "
     "Техасе. «Врачи делают невозможное», — сказала Трамп.", "Врачи", "Мелания Трамп"),
])
def test_a_bare_surname_goes_to_the_person_whose_gender_takes_its_form(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Об аварии первым сообщило издание Life News. Водитель был пьян, пишет Life News. Совершенно другую версию "
     "излагает газета «Московский комсомолец». По данным издания, машину вел его друг.", "машину вел",
     "Московский комсомолец"),
    ("О сделке первым сообщило агентство Reuters. Сумма превысила миллиард, сообщает Reuters. Другие подробности "
     "публикует газета «Новая газета». Как утверждает издание, покупатель еще не найден.", "покупатель",
     "Новая газета"),
    ("О пожаре первым сообщило издание Baza. Погибших нет, пишет Baza. Другую версию излагает газета «Московский "
     "комсомолец». Издание утверждает, что есть пострадавшие.", "пострадавшие", "Московский комсомолец"),
])
def test_a_medium_noun_is_the_medium_named_since_the_one_heard_whose_name_has_adjectives(extractor, text, fragment,
                                                                                       speaker):
    # the name's own head (`комсомолец`), not its first word, is the noun's apposition and the verb's subject
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Центральный районный суд Новосибирска арестовал на девять суток сотрудника штаба, передает «Интерфакс». "
     "Он признан виновным в правонарушении, говорится в сообщении суда.", "виновным",
     "Центральный районный суд Новосибирска"),
    ("Как сообщает ТАСС, Октябрьский районный суд Барнаула оштрафовал активиста. Штраф составил 20 тысяч рублей, "
     "отметили в суде.", "Штраф", "Октябрьский районный суд Барнаула"),
    ("Генеральная прокуратура Украины возбудила дело против депутата, сообщает РИА Новости. Депутату грозит до "
     "пяти лет, заявили в прокуратуре.", "грозит", "Генеральная прокуратура Украины"),
])
def test_an_institution_named_in_news_a_medium_relays_is_the_one_its_bare_noun_means(extractor, text, fragment,
                                                                                    speaker):
    # what a medium relays is told as fact, not someone else's words
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("«Вынесено постановление о назначении наказания», - указано на сайте Ленинского районного суда.",
     "Ленинский районный суд"),
    ("Вынесено постановление о назначении наказания, сообщается на сайте Ленинского районного суда Перми.",
     "Ленинский районный суд Перми"),
    ("Ленинский районный суд Перми вынес постановление об аресте юриста штаба. «Вынесено постановление о "
     "назначении наказания», - говорится в картотеке суда.", "Ленинский районный суд Перми"),
])
def test_the_owner_of_a_site_or_a_court_file_speaks(extractor, text, speaker):
    assert by_text(extractor.extract(text), "Вынесено").speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Совет по шведскому языку опубликовал список новых слов. «Это слово уже прижилось», — решили в Совете.",
     "прижилось", "Совет по шведскому языку"),
    ("Посольство России в Камеруне выразило озабоченность нападением пиратов. Посольство заявило, что экипаж "
     "судна в безопасности.", "экипаж", "Посольство России в Камеруне"),
    ("Комитет по защите журналистов выпустил доклад. Как отмечают в Комитете, число арестов выросло вдвое.",
     "арестов", "Комитет по защите журналистов"),
    # (lower case, as before)
    ("Посольство США в Москве выпустило предупреждение. В посольстве отметили, что американцам следует "
     "избегать митингов.", "американцам", "Посольство США"),
])
def test_a_capitalised_bare_type_noun_is_the_institution_of_that_type_named_before(extractor, text, fragment,
                                                                                   speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


def test_a_womans_undeclined_name_in_apposition_names_a_post_in_any_case(extractor):
    # the tagger reads `Сьюзан Райс` as a nominative beside the genitive
    # `представителя`: a woman's name ending in consonants never declines
    from quotes import names, speakers
    from quotes.mentions import MentionRef

    text = ("США пригрозили действовать в обход Совбеза, который, по выражению представителя страны в ООН "
            "Сьюзан Райс, провалил важнейшую задачу.")
    doc = extractor.backend.parse(text)
    name = next(n for n in names.names_of(doc) if n.type == "PER")
    head = next(t for t in doc.tokens if t.text == "представителя")
    mention = MentionRef(head.start, name.end, head.index, tuple(range(head.index, doc.first_token_from(name.end))))
    assert speakers._names_head(doc, name, mention)


@pytest.mark.parametrize("word", ["Яна", "Руслана", "Богдана", "Милана"])
def test_a_womans_first_name_that_is_also_a_mans_genitive_is_listed(word):
    # (`глава пресс-службы прокуратуры Яна Соболевская` is no `Ян`)
    from quotes import names

    assert names.womans_nominative(word, first=True)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Google выразил протест шведским лингвистам. Интернет-гигант настаивает на том, чтобы слово исключили "
     "из списка.", "слово", "Google"),
    ("Компания Apple представила новый телефон. Как заявил IT-гигант, продажи начнутся в сентябре.", "продажи",
     "Apple"),
    # (several companies, whatever number the tagger gave the noun, are none of those named)
    ("Новостные подборки публикуют Google, Rambler и Mail.ru. Интернет-компании рассказали, что пригласили "
     "депутатов в свои офисы.", "пригласили", "Интернет-компании"),
])
def test_a_company_called_a_giant_is_the_company_named_before(extractor, text, fragment, speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Компания «Яндекс» запустила новый сервис. Ее представители заявили, что сервис будет бесплатным.",
     "бесплатным", "Яндекс"),
    ("Министерство финансов подготовило законопроект. Его представители пояснили, что налог вырастет.",
     "налог", "Министерство финансов"),
    # a person's representatives stay his; the nearer man takes `его`
    ("Певец Иван Петров отменил концерт. Его представители заявили, что он болен.", "болен", "Его представители"),
    ("Компания «Северсталь» подала иск против министра Петрова. Его представители заявили, что иск необоснован.",
     "необоснован", "Его представители"),
    # an institution's noun since, that no entity holds, may be the one meant
    ("Законопроект был представлен правящей коалицией, пишет Лента.ру. Ее представители заявили, что "
     "ограничения нужны.", "ограничения", "Ее представители"),
])
def test_representatives_named_by_a_possessive_speak_for_the_institution_it_points_to(extractor, text, fragment,
                                                                                      speaker):
    assert by_text(extractor.extract(text), fragment).speaker.name == speaker


def test_a_womans_name_read_as_a_mans_genitive_holds_the_post_before_it(extractor):
    # the tagger reads `Александра Галимова` as the genitive of a man's name;
    # the post went to the ranker, which gave it to someone named before
    text = ("Однако замгендиректора «Мосторга» Семен Орлов, представитель «Магнита» Анна Зуева и гендиректор "
            "«Крупнов» Петр Гусев не заметили ажиотажа. В X5 Retail Group наблюдается только сезонный рост спроса "
            "на продукцию, говорит представитель компании Александра Галимова.")
    assert by_text(extractor.extract(text), "сезонный").speaker.name == "Александра Галимова"


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    ("Соседи Дмитрий и Эльвира Кругловы напали на журналистов. Кругловы заявили, что журналисты первыми начали "
     "драку.", "начали", "Кругловы", "group"),
    ("Эльвира Круглова подала иск. По словам Кругловых, журналисты первыми начали драку.", "начали", "Кругловы",
     "group"),
    # (a singular form stays the person's)
    ("Эльвира Круглова подала иск. По словам Кругловой, журналисты первыми начали драку.", "начали",
     "Эльвира Круглова", "person"),
])
def test_a_surname_in_the_plural_is_the_family(extractor, text, fragment, speaker, kind):
    quote = by_text(extractor.extract(text), fragment)
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)
