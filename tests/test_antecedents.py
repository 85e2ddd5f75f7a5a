"""Role and group nouns resolved by the learned ranker where the rules would
guess (`quotes/antecedents.py`): the person or group they stand for, never
the speaker of the quote they stand in, and the same one with the ranker off
where the rules are certain."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes import antecedents, ranker

needs_weights = pytest.mark.skipif(ranker.model("role") is None, reason="no role model shipped")


def speakers_of(extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.extract_parsed(extractor.backend.parse(text))
    return [(q.speaker.mention.text if q.speaker and q.speaker.mention else None,
             q.speaker.name if q.speaker else None) for q in result.quotes]


@needs_weights
@pytest.mark.parametrize("text, role, person", [
    ("Губернатор области Олег Николаев посетил новый завод. Предприятие выпускает трубы. "
     "Глава региона пообещал, что завод получит налоговые льготы.", "Глава региона", "Олег Николаев"),
    ("Сергей Собянин открыл новую станцию метро. Собянин осмотрел вестибюль. «Поезда пойдут каждые две "
     "минуты», — рассказала Мария Иванова, начальник станции. Мэр добавил, что к зиме откроются еще три "
     "станции.", "Мэр", "Сергей Собянин"),
    ("Президент Белоруссии Александр Лукашенко провел переговоры в Москве. Встреча продолжалась три часа. "
     "Белорусский лидер заявил, что стороны договорились о новых поставках нефти.",
     "Белорусский лидер", "Александр Лукашенко"),
])
def test_a_role_noun_goes_to_the_person_it_stands_for(extractor, monkeypatch, text, role, person):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert (role, person) in speakers_of(extractor, text)


@pytest.mark.parametrize("mode", ["rules", "learned"])
def test_a_role_introduced_with_its_complement_is_certain_either_way(extractor, monkeypatch, mode):
    monkeypatch.setenv("QUOTES_RANKER", mode)
    text = ("Министр сельского хозяйства Оксана Лут провела совещание с аграриями. Урожай зерна ожидается "
            "рекордным. Министр сельского хозяйства подчеркнула, что экспорт вырастет.")
    assert ("Министр сельского хозяйства", "Оксана Лут") in speakers_of(extractor, text)


def test_a_role_noun_that_depends_on_another_is_no_role_of_the_person(extractor, monkeypatch):
    # `пресс-секретарь президента Дмитрий Песков` is no `президент`
    monkeypatch.setenv("QUOTES_RANKER", "rules")
    text = ("Пресс-секретарь губернатора Игорь Семенов провел брифинг. «Решение еще не принято», — сказал "
            "Семенов. Губернатор Андрей Травников позже заявил, что мост откроют весной.")
    result = extractor.extract_parsed(extractor.backend.parse(text))
    semenov = next(e for e in result.entities if e.name == "Игорь Семенов")
    assert all("Травников" not in m.text for m in semenov.mentions)


FIRST = ["Олег", "Игорь", "Павел", "Андрей"]
SURNAMES = ["Кравцов", "Мельников", "Тарасов", "Беляев"]


@needs_weights
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(FIRST), surname=st.sampled_from(SURNAMES),
       role=st.sampled_from([("губернатор", "Губернатор"), ("мэр", "Мэр"), ("министр", "Министр")]))
def test_the_role_goes_back_to_its_person_whatever_the_name(extractor, first, surname, role):
    lower, upper = role
    text = (f"{lower.capitalize()} {first} {surname} приехал на открытие больницы. В ней двести коек. "
            f"{upper} отметил, что врачей наберут до конца года.")
    assert (upper, f"{first} {surname}") in speakers_of(extractor, text)


def test_the_choice_is_none_with_the_ranker_off(extractor, monkeypatch):
    """With `QUOTES_RANKER=rules` the rules' fallbacks decide: `choose`
    answers None and records nothing."""
    monkeypatch.setenv("QUOTES_RANKER", "rules")
    seen = []
    original = antecedents.candidates
    monkeypatch.setattr(antecedents, "candidates", lambda *a, **k: seen.append(1) or original(*a, **k))
    speakers_of(extractor, "Эксперты отмечают, что цены на жилье растут. Эксперты добавили, что спрос упал.")
    assert seen == []


@needs_weights
@pytest.mark.parametrize("text, person", [
    # an age points back to someone named before (it brings no one in, as
    # other adjectives and numbers may), and a nationality says nothing
    # against the post the person was named with
    ("Теннисист Даниил Орлов вышел в четвертый круг. \"Я устал\", - сказал 23-летний россиянин.", "Даниил Орлов"),
    ("Хоккеист Павел Смирнов перешел в новый клуб. «Я рад новому вызову», — заявил 28-летний россиянин.",
     "Павел Смирнов"),
    ("Певица Ольга Лебедева отменила концерт. «Я заболела», — объяснила 45-летняя артистка.", "Ольга Лебедева"),
])
def test_an_epithet_with_an_age_goes_back_to_the_person(extractor, text, person):
    assert speakers_of(extractor, text)[-1][1] == person


@needs_weights
@pytest.mark.parametrize("text, name", [
    # someone known only by a description of another kind is another person
    ("Капитан судна пожаловался, что проверки идут каждый день. «Это пережиток бюрократии», — ответил министр.",
     "министр"),
    ("Автор статьи отмечает, что база появится у города. По словам местного активиста, там уже стоят вертолеты.",
     "местный активист"),
])
def test_a_description_of_another_kind_is_another_person(extractor, text, name):
    assert speakers_of(extractor, text)[-1][1] == name


@needs_weights
def test_a_noun_of_sex_or_age_may_be_anyone_described_before(extractor):
    text = ("Агентство со ссылкой на родственницу пассажира сообщает, что автобус шел в Уфу. "
            "«Списка пассажиров не было», - рассказала девушка.")
    assert speakers_of(extractor, text)[-1][1] != "девушка"


@pytest.mark.parametrize("text, name", [
    # someone the text marks as not named, made a subject since the person
    # named before, is more likely the one a role noun of another kind means
    ("Директор завода Павел Громов пообещал, что цех откроется весной. Один из собеседников «Ведомостей» в "
     "Минпромторге назвал это обещание нереальным. «Денег на модернизацию у завода нет», — пояснил чиновник.",
     "чиновник"),
    # a definite description may be the person again, and a noun repeating the role is
    ("Директор завода Павел Громов пообещал, что цех откроется весной. Бывший сотрудник завода вновь заявил о "
     "своих планах. «Денег на модернизацию нет», — сказал директор.", "Павел Громов"),
])
def test_someone_unnamed_since_the_named_person(extractor, text, name):
    assert extractor.extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("lemma, text, named", [
    ("прокурор", "Главная военная прокуратура", True),
    ("прокурор", "ГВП", True),
    ("депутат", "Верховной Рады", True),
    ("депутат", "радио «Свобода»", False),  # a short stem is a whole word: `рад` is no `радио`
    ("дипломат", "МИДа РФ", True),
    ("военный", "Министерства обороны США", True),
    ("сенатор", "Совета Федерации", True),
    ("следователь", "СКР", True),
    ("следователь", "Скотт", False),
    ("социолог", "Всероссийским центром изучения общественного мнения", True),
    ("адвокат", "Генпрокуратура", False),  # no institution's people
])
def test_the_institution_whose_people_a_noun_names(lemma, text, named):
    from quotes import names

    assert names.names_institution_of(lemma, text) is named


@needs_weights
@pytest.mark.parametrize("text, institution", [
    ("Генпрокуратура возбудила уголовное дело против бывшего главы банка. Прокуроры считают, что он вывел из "
     "банка более миллиарда рублей.", "Генпрокуратура"),
    ("Госдума приняла закон о платформенной занятости в первом чтении. Депутаты уверены, что закон защитит "
     "курьеров.", "Госдума"),
])
def test_the_people_of_an_institution_speak_for_it(extractor, monkeypatch, text, institution):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] == institution


@pytest.mark.parametrize("text, institution", [
    # another country's parliament
    ("Верховная Рада приняла закон о языке. Российские депутаты заявили, что закон дискриминирует "
     "русскоязычных.", "Верховная Рада"),
    # the institution only said whose the people named before were: they are the noun's antecedent
    ("К акции присоединилась группа женщин-депутатов Верховной Рады. Однако затем парламентарии заявили, что "
     "останутся в больнице.", "Верховная Рада"),
    # one prosecutor is a person; lawyers are no prosecutor's office's people
    ("Генпрокуратура возбудила уголовное дело. Прокурор заявил, что банк вывел миллиард рублей.", "Генпрокуратура"),
    ("Генпрокуратура возбудила уголовное дело. Адвокаты считают, что дело сфабриковано.", "Генпрокуратура"),
])
def test_no_institution_for_people_who_are_not_its_own(extractor, monkeypatch, text, institution):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] != institution


@pytest.mark.parametrize("text, person", [
    ("Журналист Павел Орлов пропал в Кабуле. Позже руководитель издания, где работал Орлов, заявил, что связь "
     "с ним потеряна.", "Павел Орлов"),
    ("Журналистка Анна Белова пропала в Кабуле. Позже глава фонда, в котором работала Белова, подтвердил, что "
     "она жива.", "Анна Белова"),
])
def test_whom_the_nouns_own_clause_names_is_someone_else(extractor, monkeypatch, text, person):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] != person


@needs_weights
def test_a_clause_saying_who_heads_the_thing_may_name_the_noun_itself(extractor, monkeypatch):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    text = ("Эксперт Олег Титов выступил на форуме. Позже директор центра, который возглавлял Титов, добавил, что "
            "прогноз ухудшился.")
    assert speakers_of(extractor, text)[-1][1] == "Олег Титов"


@pytest.mark.parametrize("word, plural", [
    ("кремленологов", True), ("германистов", True), ("ихтиологов", True),
    ("германиста", False),  # one of them
    ("дерев", False),  # a plural thing: no people
    ("Иванов", False),
])
def test_the_dictionary_knows_a_plural_for_people(word, plural):
    from quotes.parse.morphology import plural_people_noun

    assert plural_people_noun(word) is plural


@pytest.mark.parametrize("text, group", [
    ("Владимир Путин выступил с посланием. По словам кремленологов, это послание было самым жестким за годы его "
     "правления.", "кремленологи"),
    ("Губернатор Андрей Травников открыл мост. По мнению германистов, мост построен по немецкому проекту.",
     "германисты"),
    ("Ученые обнаружили у берегов Японии нового кальмара. По данным ихтиологов, он живет на глубине.", "ихтиологи"),
])
def test_a_plural_the_tagger_never_saw_is_a_group_not_the_person_before(extractor, text, group):
    assert speakers_of(extractor, text)[-1][1] == group


@pytest.mark.parametrize("text, speaker", [
    ("Министр Олег Сидоров посетил завод. Некий рабочий заявил, что зарплату не платят три месяца.",
     "Некий рабочий"),
    ("Министр Олег Сидоров посетил завод. Каждый рабочий заявил, что зарплату не платят.", "Каждый рабочий"),
    ("Глава банка Виктор Зубков рассказал о новых вкладах. Любой вкладчик уверен, что деньги в безопасности.",
     "Любой вкладчик"),
])
def test_someone_not_met_before_or_anyone_is_nobody_named(extractor, monkeypatch, text, speaker):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # someone marked as not met before came in since the named person
    ("«Мы не допустим срыва сроков», — заявил глава района Олег Зайцев. Вечером еще один житель поселка "
     "выступил на собрании. «Я признаю свою ошибку», — сказал мужчина.", "мужчина"),
    ("«Решение окончательное», — заявила министр Ольга Котова. Затем в зал вошла незнакомая журналистам "
     "женщина с папкой. «Вопросов больше не будет», — сказала дама.", "дама"),
    # a man the text defines by a clause of his own, in the named person's sentence
    ("Мэр Олег Зайцев отчитал мужчину, который сорвал открытие парка. «Я прошу прощения у горожан», — сказал "
     "мужчина.", "мужчина"),
])
def test_a_noun_of_sex_or_age_after_someone_new_is_not_the_named_person(extractor, monkeypatch, text, speaker):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    # a post is still the named official; the named man himself is still `мужчина`
    "Мэр Олег Зайцев отчитал мужчину, который сорвал открытие парка. «Такое больше не повторится», — пообещал "
    "чиновник.",
    "«Я невиновен», — заявил предприниматель Олег Зайцев, которого задержали накануне в аэропорту. «Следствие "
    "ошибается», — добавил мужчина.",
])
def test_the_named_person_stays_where_no_one_new_came_in(extractor, monkeypatch, text):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text)[-1][1] == "Олег Зайцев"


@pytest.mark.parametrize("text, fragment", [
    # someone's lawyer, assistant, widow is not the one whose they are
    ("Бизнесмен Олег Иванов задержан в Москве. Его адвокат заявил, что задержание незаконно.", "задержание"),
    ("Министр Петров уволен. Его помощник сказал, что министр уехал в отпуск.", "министр уехал"),
    ("Актер Иван Петров скончался в больнице. Его вдова сообщила, что похороны пройдут в субботу.", "похороны"),
    ("Певица Анна Смирнова отменила концерт. Ее представители заявили, что она больна.", "она больна"),
])
def test_a_possessed_role_noun_is_not_its_possessor(extractor, text, fragment):
    quote = next(q for q in extractor.extract(text) if fragment in q.text)
    assert quote.speaker.name not in ("Олег Иванов", "Петров", "Иван Петров", "Анна Смирнова")


def test_a_possessed_role_noun_may_be_one_introduced_with_that_role(extractor):
    text = ("Бизнесмена Олега Иванова защищает адвокат Петр Сидоров. "
            "Его адвокат заявил, что задержание незаконно.")
    quote = next(q for q in extractor.extract(text) if "задержание" in q.text)
    assert quote.speaker.name == "Петр Сидоров"


@pytest.mark.parametrize("text, speaker", [
    # a singular role noun after two people coordinated, each named with a
    # role: the one of that role, never the pair
    ("Экономист Лев Гурин и депутат Марина Ясная обсудили инфляцию. По мнению экономиста, цены вырастут.",
     "Лев Гурин"),
    ("Адвокат Семен Рыбин и правозащитник Павел Осин посетили колонию. По словам адвоката, условия плохие.",
     "Семен Рыбин"),
    ("Экономист Лев Гурин и депутат Марина Ясная обсудили инфляцию. «Цены вырастут на 5%», — полагает экономист.",
     "Лев Гурин"),
    ("Врач Ольга Нечаева и медсестра Инна Рябова спасли пациента. По словам врача, операция прошла успешно.",
     "Ольга Нечаева"),
    ("Экономист Лев Гурин и депутат Марина Ясная обсудили инфляцию. Как считает депутат, цены вырастут.",
     "Марина Ясная"),
    # (the pair stays the pair for a plural pronoun)
    ("Экономист Лев Гурин и депутат Марина Ясная обсудили инфляцию. Они считают, что цены вырастут.",
     "Лев Гурин и Марина Ясная"),
])
def test_a_role_noun_after_two_named_people_is_the_one_of_its_role(extractor, text, speaker):
    assert extractor.extract(text)[0].speaker.name == speaker


@needs_weights
@pytest.mark.parametrize("text, fragment, person", [
    # what the papers wrote of someone, which this text never says: the news
    # vectors put the surname beside the noun
    ("Евгений Плющенко перенес операцию на колене в Германии. Министр спорта Павел Колобков пожелал ему "
     "скорейшего выздоровления. Сам фигурист подтвердил, что возобновит карьеру в следующем сезоне.",
     "возобновит", "Евгений Плющенко"),
    ("Стивен Хокинг выступил в Кембриджском университете с лекцией о Вселенной. Организатор встречи Джон Смит "
     "поблагодарил слушателей. По мнению физика, черные дыры не уничтожают информацию.", "черные дыры",
     "Стивен Хокинг"),
    ("Гарри Каспаров провел сеанс одновременной игры в Москве. Организатор турнира Иван Петров открыл вечер. "
     "Шахматист заявил, что турнир станет ежегодным.", "ежегодным", "Гарри Каспаров"),
    # (someone the papers never wrote of as such stays apart from the noun)
    ("Андрей Смирнов провел сеанс одновременной игры в Москве. Организатор турнира Иван Петров открыл вечер. "
     "Шахматист заявил, что турнир станет ежегодным.", "ежегодным", "Шахматист"),
    # (a post changes hands: the vectors know who held it most, the text who
    # holds it; only someone the text made a subject or heard counts)
    ("Михаил Мишустин провел встречу с Дмитрием Медведевым в Горках. Премьер заявил, что бюджет будет исполнен.",
     "бюджет", "Михаил Мишустин"),
    ("Владимир Зеленский провел переговоры с Владимиром Путиным. Президент заявил, что стороны договорились об "
     "обмене пленными.", "обмене", "Владимир Зеленский"),
])
def test_a_role_the_news_knows_the_person_by(extractor, text, fragment, person):
    q = next(q for q in extractor.extract(text) if fragment in q.text)
    assert q.speaker.name == person


@pytest.mark.parametrize("lemma, surname, known", [
    ("шахматист", "Каспаров", True), ("физик", "Хокинг", True), ("президент", "Путин", True),
    ("адвокат", "Лавров", False), ("актер", "Фатюшин", False),  # (a surname the vectors lack)
    # (a surname that is a patronymic's shape too stays a surname)
    ("миллиардер", "Абрамович", True), ("композитор", "Шостакович", True),
])
def test_name_known_reads_the_news_vectors(lemma, surname, known):
    assert antecedents._name_known(lemma, _person(surname)) is known


def _person(surname: str):
    """A registry person as the vector features read one: kind and surname."""
    class Person:
        kind = "person"

    person = Person()
    person.surname = surname
    return person


@pytest.mark.parametrize("complement, surname, known", [
    # whose post the complement names, as the papers wrote of it
    ({"казахстан"}, "Назарбаев", True), ({"казахстан"}, "Путин", False), ({"оон"}, "Аннан", True),
    ({"мид", "россия"}, "Лавров", True), ({"башкирия"}, "Хамитов", True),
    # (written of together, not as its holder)
    ({"мэрия"}, "Навальный", False), ({"росрыболовство"}, "Савельев", False),
])
def test_complement_known_reads_the_news_vectors(complement, surname, known):
    assert antecedents._complement_known(complement, _person(surname)) is known


@needs_weights
@pytest.mark.parametrize("text, fragment, person", [
    # the words of a participle before the noun tell what befell the person,
    # not the post: no complement of the role, no count of people
    ("Главврач Олег Иванов сообщил, что хирург Анна Соколова провела сложную операцию. Родственники больного "
     "поблагодарили врачей.\n\nРаботающая в больнице двадцать лет хирург рассказала, что такие операции делают "
     "редко.", "редко", "Анна Соколова"),
    # (its nouns agree where they name the portfolio)
    ("Отвечающий за финансы вице-премьер Иван Петров представил бюджет. Отвечающий за оборону вице-премьер Сергей "
     "Иванов выступил после него.\n\nОтвечающий за финансы вице-премьер заявил, что дефицит сократится.",
     "дефицит", "Иван Петров"),
])
def test_a_participle_before_the_noun_is_no_complement(extractor, text, fragment, person):
    q = next(q for q in extractor.extract(text) if fragment in q.text)
    assert q.speaker.name == person


@needs_weights
def test_a_count_outside_the_participle_still_brings_new_people(extractor):
    text = ("Президент клуба Олег Иванов сообщил, что тренер Игорь Петров продлил контракт. Болельщики встретили "
            "новость аплодисментами.\n\nДвое работавших в клубе тренеров заявили, что рассчитывают на победу.")
    q = next(q for q in extractor.extract(text) if "рассчитывают" in q.text)
    assert q.speaker.name not in ("Игорь Петров", "Олег Иванов")


@needs_weights
@pytest.mark.parametrize("club, person", [("Спартака", "Игорь Петров"), ("Зенита", "Олег Иванов")])
def test_a_name_in_the_participle_still_tells_the_person_apart(extractor, club, person):
    text = ("Тренер «Спартака» Игорь Петров и тренер «Зенита» Олег Иванов встретились на турнире. Матч закончился "
            f"вничью.\n\nУволенный из «{club}» тренер заявил, что не держит зла на клуб.")
    q = next(q for q in extractor.extract(text) if "зла" in q.text)
    assert q.speaker.name == person


@needs_weights
@pytest.mark.parametrize("text, mention, group", [
    ("Врачи больницы имени Пирогова провели операцию пострадавшему. Она длилась шесть часов. Пациента перевели "
     "в реанимацию. Родственники дежурят у палаты. Министр здравоохранения посетил больницу. Он пообещал выделить "
     "средства на ремонт. По словам врачей, состояние пациента остается тяжелым.",
     "врачей", "Врачи больницы имени Пирогова"),
    ("Эксперты Высшей школы экономики подготовили доклад о рынке труда. Документ занимает сто страниц. Его "
     "представили в министерстве. Чиновники обещали изучить выводы. Профсоюзы потребовали обсуждения. "
     "Работодатели пока молчат. «Безработица вырастет к осени», — предупреждают эксперты.",
     "эксперты", "Эксперты Высшей школы экономики"),
    ("Спасатели МЧС эвакуировали жителей поселка. Вода поднялась на два метра. Дороги размыты. Электричество "
     "отключено. Школы закрыты до понедельника. Синоптики обещают дожди. Как сообщили спасатели, пострадавших "
     "нет.", "спасатели", "Спасатели МЧС"),
])
def test_a_bare_plural_is_the_group_named_by_that_noun_before(extractor, monkeypatch, text, mention, group):
    """Far back too: the ranker alone had kept such a plural a new group."""
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text) == [(mention, group)]


@needs_weights
def test_some_of_a_group_are_someone_new(extractor, monkeypatch):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    text = ("Следователи возбудили уголовное дело о мошенничестве. Обвиняемый задержан. Его доставили в отдел "
            "полиции. Адвокат обжаловал арест. Суд рассмотрит жалобу в понедельник. Заседание будет открытым. "
            "Некоторые следователи считают, что у обвиняемого были сообщники.")
    assert speakers_of(extractor, text) == [("Некоторые следователи", "Некоторые следователи")]


@needs_weights
@pytest.mark.parametrize("text, mention, institution", [
    ("Гидрометцентр России опубликовал прогноз на неделю. В Москве ожидается потепление. Снег сойдет к выходным. "
     "Дороги станут мокрыми. Коммунальщики готовятся к паводку. Как предупреждают синоптики, ночью возможны "
     "заморозки.", "синоптики", "Гидрометцентр России"),
    ("Совет Федерации одобрил закон о минимальной зарплате. Документ вступит в силу с января. Профсоюзы "
     "добивались этого несколько лет. Работодатели недовольны. Сенаторы отметили, что закон защитит бедных.",
     "Сенаторы", "Совет Федерации"),
])
def test_a_bare_plural_of_an_institutions_people_is_the_institution(extractor, monkeypatch, text, mention,
                                                                    institution):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text) == [(mention, institution)]


@needs_weights
def test_people_an_adjective_sets_apart_are_no_institution_named_before(extractor, monkeypatch):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    text = ("Министерство транспорта утвердило новые правила. Они касаются грузовиков. Перевозчики протестуют. "
            "Автомобилисты пока молчат. Местные чиновники считают, что правила не сработают.")
    assert speakers_of(extractor, text) == [("Местные чиновники", "Местные чиновники")]


@needs_weights
@pytest.mark.parametrize("text, mention, speaker", [
    ("В машине, кроме погибшего водителя, находились еще один водитель и переводчик. По словам выжившего "
     "водителя, солдаты открыли огонь без предупреждения.", "выжившего водителя", "выживший водитель"),
    ("Полиция допросила задержанного участника акции. Пострадавший участник акции заявил, что его избили.",
     "Пострадавший участник акции", "Пострадавший участник акции"),
])
def test_a_noun_with_another_state_is_someone_else(extractor, monkeypatch, text, mention, speaker):
    """`выжившего водителя` after `погибшего водителя`: what befell each
    sets the two apart."""
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    assert speakers_of(extractor, text) == [(mention, speaker)]


@needs_weights
@pytest.mark.parametrize("text, mention, group", [
    # an adjective of the plural's own must be the earlier group's too
    ("Врачи городской больницы провели операцию. Она длилась шесть часов. Пациента перевели в реанимацию. "
     "Родственники дежурят у палаты. Министр посетил больницу. Он пообещал выделить средства. Молодые врачи "
     "считают, что средств не хватит.", "Молодые врачи", "Молодые врачи"),
    ("Японские ученые создали робота. Он умеет ходить. Робота испытали в лаборатории. Испытания длились месяц. "
     "Инвесторы проявили интерес. Компания планирует производство. Японские ученые считают, что робот поможет "
     "пожилым.", "Японские ученые", "Японские ученые"),
])
def test_a_plural_with_an_adjective_is_the_group_only_with_that_adjective(extractor, monkeypatch, text, mention,
                                                                          group):
    monkeypatch.setenv("QUOTES_RANKER", "learned")
    result = extractor.extract_parsed(extractor.backend.parse(text))
    quote = result.quotes[0]
    entity = next(e for e in result.entities if e.id == quote.speaker.entity)
    assert quote.speaker.mention.text == mention and quote.speaker.name == group
    # (the second is one entity with the group named first)
    assert len(entity.mentions) == (1 if mention.startswith("Молодые") else 2)
