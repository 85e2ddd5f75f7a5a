"""Mixed quotes against terms, names and overrun objects: which quoted
words inside reported content are someone's words, and where an object
report ends (issue 11, mixed F1). Every sentence is written for the test."""

import pytest


def found(extractor, text):
    return [(q.type, q.text) for q in extractor.extract(text)]


def one(extractor, text):
    quotes = extractor.extract(text)
    assert len(quotes) == 1, [(q.type, q.text, q.rule) for q in quotes]
    return quotes[0]


# --- a short quoted noun phrase that hangs on a noun is a term -------------

@pytest.mark.parametrize("text", [
    # genitive modifier of a noun
    "В городе выявлены первые носители «британского штамма» вируса, пишет «Коммерсант».",
    "По словам экономиста, меры «количественного смягчения» усилят инфляцию.",
    "Как отметил министр, условия «особого режима» будут отменены к весне.",
    "Аналитик считает, что риск формирования «общества двух скоростей» велик.",
    # nominative apposition to a noun in an oblique case: a name
    "По данным ведомства, в город прибыли студенты, которые учатся по специальности «лечебное дело».",
    "В ведомстве разъяснили, что такого понятия как «временное убежище» в законе нет.",
])
def test_a_quoted_term_after_a_noun_keeps_the_quote_indirect(extractor, text):
    q = one(extractor, text)
    assert q.type == "indirect"


@pytest.mark.parametrize("text", [
    # the quoted words are the predicate or the subject: speech
    "Юрист заявил, что закон «очень сложен».",
    "Адвокат уверен, что в конечном итоге «басманное правосудие» останется в прошлом.",
    # a participle or a long phrase after the noun: speech
    "Депутат заявил, что итогом «грубого вмешательства в дела соседних государств» стал кризис.",
    "Президент сказал, что у страны есть «серьезные проблемы с бюджетом».",
    # the complement of a naming verb is not a term of the object noun
    "Министр назвал визит «историческим».",
])
def test_quoted_words_that_are_said_still_make_a_mixed_quote(extractor, text):
    kinds = [q.type for q in extractor.extract(text)]
    assert "mixed" in kinds, kinds


# --- an object report ends before another report ----------------------------

@pytest.mark.parametrize("text, content", [
    ("Отвечая на вопросы журналистов, министр сказал, что он голосовал за «стабильность и порядок».",
     "он голосовал за «стабильность и порядок"),
    ("Комментируя претензии перевозчиков, глава компании подчеркнул, что у самолета есть "
     "«детские болезни, которые со временем пройдут».",
     "у самолета есть «детские болезни, которые со временем пройдут"),
    ("В субботу беглец распространил заявление, где утверждает, что власти «фабрикуют против него дела».",
     "власти «фабрикуют против него дела"),
])
def test_a_gerund_or_noun_object_does_not_swallow_the_report_after_it(extractor, text, content):
    q = one(extractor, text)
    assert q.type == "mixed" and q.text == content and q.rule == "mixed.clause.что"


def test_a_naming_gerund_after_an_object_is_its_own_report(extractor):
    text = "Певец опроверг слухи о разводе, назвав их «выдумкой желтой прессы»."
    q = one(extractor, text)
    assert q.rule == "mixed.naming" and q.text == "их «выдумкой желтой прессы"


def test_a_coordinated_chto_clause_belongs_to_the_first_verb(extractor):
    text = ("В заявлении он утверждает, что уехал из страны, опасаясь за свою жизнь, "
            "и что власти «фабрикуют против него дела».")
    q = one(extractor, text)
    assert q.cue.text == "утверждает" and q.type == "mixed"


def test_a_gerund_of_speech_takes_the_chto_clause_after_it(extractor):
    text = "Эксперты раскритиковали предложение за «популизм», добавив, что оно противоречит закону."
    quotes = {q.cue.text: q for q in extractor.extract(text)}
    assert quotes["добавив"].text == "оно противоречит закону"
    assert quotes["раскритиковали"].type == "mixed"


def test_a_report_inside_a_noun_object_cuts_it(extractor):
    text = ("Премьер сделал это заявление на митинге, собравшем тысячу человек, которые требовали "
            "«немедленно вернуть острова».")
    assert found(extractor, text) == [("mixed", "немедленно вернуть острова")]


# --- naming and directives ------------------------------------------------

@pytest.mark.parametrize("text, parts", [
    ("Выдвижение соперника он назвал «фальстартом», но от комментариев отказался.",
     ["Выдвижение соперника", "фальстартом"]),
    ("Новый законопроект министр назвал «вредным и ненужным».", ["Новый законопроект", "вредным и ненужным"]),
    ("Решение суда адвокат назвал «абсурдным».", ["Решение суда", "абсурдным"]),
])
def test_a_fronted_object_of_a_naming_verb_is_part_of_the_content(extractor, text, parts):
    q = one(extractor, text)
    assert q.type == "mixed" and [text[s.start:s.end] for s in q.spans] == parts


def test_a_naming_gerund_takes_no_object_from_the_clause_before(extractor):
    text = "Министр не стал говорить о вмешательстве в выборы, назвав весь скандал «вакханалией»."
    q = one(extractor, text)
    assert q.text == "весь скандал «вакханалией"


@pytest.mark.parametrize("text, content", [
    ("Эксперты жестко раскритиковали предложение партии за «популизм» и отсутствие расчетов.",
     "предложение партии за «популизм» и отсутствие расчетов"),
    ("Губернатор поблагодарил врачей за «героическую работу».", "врачей за «героическую работу"),
    ("Критики осудили реформу за «поспешность и непродуманность».", "реформу за «поспешность и непродуманность"),
])
def test_quoted_words_after_za_with_a_verb_of_judgement_are_mixed(extractor, text, content):
    q = one(extractor, text)
    assert q.type == "mixed" and q.text == content


@pytest.mark.parametrize("text, content", [
    ("Депутат также призвал заморозить счета «поддерживающих агрессию» банков, «пропагандистов» и "
     "членов правительства.",
     "заморозить счета «поддерживающих агрессию» банков, «пропагандистов» и членов правительства"),
    ("Девушке на заседании предложили «срочно выйти замуж» и родить ребенка.",
     "срочно выйти замуж» и родить ребенка"),
])
def test_a_directive_with_quoted_words_runs_over_its_list(extractor, text, content):
    q = one(extractor, text)
    assert q.type == "mixed" and q.rule == "mixed.directive" and q.text == content


# --- documents speak of something; media relay with any verb of speech ------

@pytest.mark.parametrize("text, content", [
    ("Госдепартамент выступил с заявлением, в котором говорится о «варварском нападении» на посольство.",
     "о «варварском нападении» на посольство"),
    ("В докладе говорится о «системных нарушениях» прав заключенных.", "о «системных нарушениях» прав заключенных"),
])
def test_a_document_speaking_of_quoted_words_is_mixed(extractor, text, content):
    q = one(extractor, text)
    assert q.type == "mixed" and q.text == content


def test_a_document_speaking_of_something_without_quotes_is_no_quote(extractor):
    assert extractor.extract("В сообщении ведомства говорится о росте цен.") == []


@pytest.mark.parametrize("text, speaker, verb", [
    ("В прошлом году министр финансов Бразилии предупреждал о том, что девальвация усилит "
     "валютные войны, напоминает РБК.", "министр финансов Бразилии", "предупреждал"),
    ("Глава ЦБ заявил, что ставка будет снижена, отмечает ТАСС.", "Глава ЦБ", "заявил"),
])
def test_a_medium_after_a_report_relays_it(extractor, text, speaker, verb):
    q = one(extractor, text)
    assert q.cue.text == verb and q.speaker.name == speaker
    assert [layer.name for layer in q.chain] in (["РБК"], ["ТАСС"])


def test_a_medium_after_plain_content_is_its_speaker(extractor):
    q = one(extractor, "Ставка будет снижена в марте, отмечает ТАСС.")
    assert q.speaker.name == "ТАСС" and q.rule == "indirect.trailing"


# --- `P, сообщил X` needs X after the verb -----------------------------------

def test_a_verb_with_its_subject_before_it_makes_no_trailing_report(extractor):
    text = ("Например, в мае рядовой Иванов, находясь на посту «в качестве часового», опубликовал снимки "
            "«в социальной сети „ВКонтакте“, сервисе Telegram», говорится в решении суда.")
    q = one(extractor, text)
    assert q.cue.text == "говорится" and q.text.startswith("Например, в мае рядовой Иванов")


@pytest.mark.parametrize("text, content", [
    ("Несмотря на встречу, санкции против страны остаются в силе, заявили позже в Белом доме.",
     "Несмотря на встречу, санкции против страны остаются в силе"),
    ("Ситуация под контролем, сообщил губернатор.", "Ситуация под контролем"),
    ("Пострадавших нет, сообщает пресс-служба МЧС.", "Пострадавших нет"),
])
def test_trailing_reports_with_their_own_clause_stay(extractor, text, content):
    q = one(extractor, text)
    assert q.text == content and q.rule == "indirect.trailing"


def test_a_gerund_of_the_directive_stays_in_it(extractor):
    text = "Губернатор призвал жителей действовать, соблюдая «разумную осторожность»."
    q = one(extractor, text)
    # (whom it addresses is no part of it: `жителей` is left out)
    assert q.type == "mixed" and q.text == "действовать, соблюдая «разумную осторожность"


@pytest.mark.parametrize("text, content", [
    ("Посол призвал «не торопиться с санкциями», мотивируя позицию интересами бизнеса.",
     "не торопиться с санкциями"),
    ("Мэр предложил «закрыть рынок на реконструкцию», ссылаясь на жалобы жителей.",
     "закрыть рынок на реконструкцию"),
])
def test_a_gerund_of_arguing_ends_the_directive(extractor, text, content):
    q = one(extractor, text)
    assert q.type == "mixed" and q.text == content


@pytest.mark.parametrize("text, speaker", [
    ("Назвав холокост «одним из самых ужасных преступлений против человечности», шеф российской дипломатии "
     "призвал не допустить его повторения.", "шеф российской дипломатии"),
    ("Назвав реформу «катастрофой», депутат Иван Петров потребовал отставки министра.", "Иван Петров"),
    ("Назвав итоги выборов «фальсификацией», оппозиция вышла на улицы.", "оппозиция"),
    # (parsed with the noun hung elsewhere than on the verb)
    ("Назвав холокост «одним из самых ужасных преступлений против человечности», шеф российской дипломатии "
     "подчеркнул, что долг всего международного сообщества — в почитании памяти жертв.", "шеф российской дипломатии"),
])
def test_a_naming_gerund_names_for_the_subject_of_its_verb(extractor, text, speaker):
    """`Назвав X «Y», шеф дипломатии призвал`: the gerund has no subject of
    its own; the verb it hangs on has, after the quoted words."""
    quote = next(q for q in extractor.extract(text) if q.rule == "mixed.naming")
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text, content", [
    # the naming verb's next predicate after `и`/`но` is no part of what it named
    ("Глава МИД назвал заявление «провокацией» и призвал Запад к диалогу.", "заявление «провокацией"),
    ("Эксперт назвал решение «ошибкой» и отметил, что его отменят.", "решение «ошибкой"),
    ("Суд признал бывшего мэра виновным в «растрате средств» и приговорил его к штрафу.",
     "бывшего мэра виновным в «растрате средств"),
    # two quoted words joined by `и` stay one
    ("Министр назвал реформу «провальной» и «преждевременной».", "реформу «провальной» и «преждевременной"),
])
def test_a_naming_quote_ends_before_the_verbs_next_predicate(extractor, text, content):
    quote = next(q for q in extractor.extract(text) if q.type == "mixed")
    assert quote.text == content


@pytest.mark.parametrize("text, content", [
    # a directive with quoted words says what it urges, not whom it addresses
    ("Патриарх призвал верующих «не поддаваться панике и молиться за врачей».",
     "не поддаваться панике и молиться за врачей"),
    ("Лидер оппозиции призвал тысячи своих сторонников «собраться на митинг в Тбилиси».",
     "собраться на митинг в Тбилиси"),
    ("Министр попросил журналистов «не раздувать скандал».", "не раздувать скандал"),
    # (no addressee: as before)
    ("Депутат Иван Петров призвал «ограничить продажу алкоголя».", "ограничить продажу алкоголя"),
])
def test_a_directives_addressee_is_no_part_of_its_words(extractor, text, content):
    q = extractor.extract(text)[0]
    assert q.text == content and q.type == "mixed"


def test_a_noun_object_with_an_infinitive_is_no_addressee(extractor):
    # `отметил способность вируса размножаться`: what was noted, whole
    q = extractor.extract("Он также отметил «способность этого вируса размножаться в организме птиц».")[0]
    assert q.text.startswith("способность")
