"""Quote marks: pairing by glyph and context, nesting, paragraphs, balance."""

import pytest
from hypothesis import given, settings, strategies as st

from quotes.marks import find_quoted_spans
from quotes.parse.layout import paragraphs


def spans(text):
    return [[text[s.start:s.end] for s in q.spans] for q in find_quoted_spans(text, paragraphs(text))]


def test_guillemets_pair():
    assert spans("«Мы готовы к диалогу», — сказал министр.") == [["Мы готовы к диалогу"]]


def test_straight_quotes_pair_by_context():
    text = 'Он сказал: "Решение принято". Газета "Известия" пишет об этом.'
    assert spans(text) == [["Решение принято"], ["Известия"]]


def test_german_quotes_nested_in_guillemets():
    text = "«Это пишет газета „Коммерсант“, и это правда», — сказал он."
    found = find_quoted_spans(text, paragraphs(text))
    assert [q.depth for q in found] == [0, 1]
    assert found[1].parent == 0
    assert text[found[1].content.start:found[1].content.end] == "Коммерсант"


def test_straight_quotes_nested_in_guillemets():
    text = '«Компания "Ромашка" работает честно», — заявил директор.'
    assert spans(text) == [['Компания "Ромашка" работает честно'], ["Ромашка"]]


def test_quote_open_across_paragraph_closes_in_next():
    text = 'Он сказал: "Первая часть речи.\n\nВторая часть речи", - сказал политолог.'
    found = find_quoted_spans(text, paragraphs(text))
    assert len(found) == 1
    content = text[found[0].content.start:found[0].content.end]
    assert content == "Первая часть речи.\n\nВторая часть речи"


def test_opening_mark_repeated_on_each_paragraph():
    text = "«Первый абзац речи.\n«Второй абзац речи.\n«Третий абзац речи», — сказал он."
    assert spans(text) == [["Первый абзац речи.", "Второй абзац речи.", "Третий абзац речи"]]


def test_unbalanced_opening_does_not_swallow_document():
    text = "Компания «Ромашка объявила о банкротстве.\n\nСуд назначил слушания на «понедельник»."
    assert spans(text) == [["понедельник"]]


def test_unbalanced_closing_is_ignored():
    assert spans("Он ушел» и больше не вернулся.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("«»„“”\"' \n—-,.аб")), max_size=60))
def test_any_string_pairs_without_crash_and_within_text(text):
    for q in find_quoted_spans(text, paragraphs(text)):
        assert 0 <= q.open < q.close < len(text)
        for s in q.spans:
            assert q.open < s.start <= s.end <= q.close


def test_one_closing_mark_ends_a_quote_and_the_quote_inside_it():
    text = "«Все поддержали закон. Но спросили: «А на что жить?», — отметил министр."
    found = spans(text)
    assert found[0] == ["Все поддержали закон. Но спросили: «А на что жить?"]
    assert found[1] == ["А на что жить?"]


@pytest.mark.parametrize("text, expected", [
    ("злом.nnДалее он", "злом.  Далее он"),                      # a lost paragraph break
    ("сообщило агентствоnReuters.", "сообщило агентство Reuters."),  # a lost space before a Latin name
    ("Reutersnсообщил", "Reuters сообщил"),
    ("агентствуnИТАР-ТАССn.", "агентству ИТАР-ТАСС ."),            # after a capital Cyrillic letter too
    ("сообщаетnРЕН-ТВn.", "сообщает РЕН-ТВ ."),
    ("Amazon. iPhone London", "Amazon. iPhone London"),           # Latin words keep their n
    ("сообщает газетаnThe Timesn.", "сообщает газета The Times ."),  # the n that closes a name a stray n opened
    ("телеканалnAl-Masirahn.", "телеканал Al-Masirah ."),
    ("Как сообщаетn«Газета.ру»n, акварель", "Как сообщает «Газета.ру» , акварель"),  # after a closing mark
    ("агентстваnReuters и сказал John.", "агентства Reuters и сказал John."),  # a Russian word between: no pair
    ("пишет «nНовая газетаn».", "пишет « Новая газета »."),     # inside quote marks
    ("фигурант «nболотного делаn», сказал", "фигурант « болотного дела », сказал"),
])
def test_stray_latin_n_of_a_dump_reads_as_a_space(text, expected):
    from quotes.parse.layout import normalise_for_parser

    assert normalise_for_parser(text) == expected and len(normalise_for_parser(text)) == len(text)


def test_a_name_between_stray_ns_is_named_without_them(extractor):
    text = "Россия строит в Сирии вторую авиабазу, сообщает газетаnThe Timesn.\nКак сообщает издание, там будут вертолеты."
    assert [q.speaker.name for q in extractor.extract(text)] == ["The Times", "The Times"]


@pytest.mark.parametrize("text, expected", [
    ("данным канала ТV2, он", "данным канала TV2, он"),   # a Cyrillic Т in a Latin name
    ("телеканал СNN", "телеканал CNN"),
    ("oн сказал", "он сказал"),                           # a Latin o in a Russian word
    ("Т-90 и МТС", "Т-90 и МТС"),                         # words of one script stay
])
def test_a_word_is_read_in_one_script(text, expected):
    from quotes.parse.layout import normalise_for_parser

    assert normalise_for_parser(text) == expected


def test_a_name_typed_in_two_scripts_is_named_in_one(extractor):
    text = "Об этом сообщил телеканал NRK. По данным другого канала, ТV2, он связан с ультраправыми организациями."
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == "TV2" and quote.text.startswith("он связан")


def test_a_name_glued_to_a_stray_n_is_still_a_name(extractor):
    """`Сергей Абанинnзаявилn`: the n is a lost space, not the rest of a
    longer word, so the tagger's name stands (the person, not the role phrase)."""
    text = "Вчера замначальника центра МЧС Сергей Абанинnзаявилn, что ситуация развивается."
    assert extractor.extract(text)[0].speaker.name == "Сергей Абанин"


@pytest.mark.parametrize("text, speaker, chain", [
    # a stray n glued to the phrase of a cue: the grammars read the parser's copy
    ("Мэр ушел в отставку. Об этом сообщает «Интерфакс»nсо ссылкой на городскую администрацию.",
     "городская администрация", ["Интерфакс"]),
    ("Завод закроют до весны, пишет газетаnсо ссылкой наnминистерство промышленности.",
     "министерство промышленности", []),
    ("По даннымnполиции, в аварии пострадали трое.", "полиция", []),
    ("Однако согласноnзаявлениюnМЧС, пожар потушен.", "МЧС", []),
])
def test_a_stray_n_hides_no_cue(extractor, text, speaker, chain):
    quote = extractor.extract(text)[-1]
    assert quote.speaker.name == speaker and [r.name for r in quote.chain][:len(chain)] == chain


def test_a_lost_paragraph_break_ends_the_speakers_mention(extractor):
    text = "\"Мы восстановили театр\", - сказал директор Дмитрий Богачев.nnДалее он показал зал."
    assert extractor.extract(text)[0].speaker.mention.text == "директор Дмитрий Богачев"


@pytest.mark.parametrize("text, quote, name", [
    ("Фонд представил данные. «Спутник V» — это лучшая вакцина, и мы будем ее производить», — заявил глава фонда.",
     "Спутник V» — это лучшая вакцина, и мы будем ее производить", "Спутник V"),
    ('Стадион откроют летом.\n\n"Лужники" будут сданы в июне. Открытие пройдет в ноябре", - заявил руководитель.',
     'Лужники" будут сданы в июне. Открытие пройдет в ноябре', "Лужники"),
    ("Компания объявила о планах. «Северный поток» — проект коммерческий», — сказал министр журналистам.",
     "Северный поток» — проект коммерческий", "Северный поток"),
])
def test_one_opening_mark_for_a_quote_that_opens_with_a_quoted_name(text, quote, name):
    # typography merges «« into one «: the closing mark left over, followed
    # by the author's dash, ends the quote the quoted name opens
    assert spans(text) == [[quote], [name]]


@pytest.mark.parametrize("text, quote, names", [
    # later quoted words inside the quote are pairs of their own
    ("Компания объявила о планах. «Северный поток» — проект коммерческий, а «Газпром» в нем партнер», — сказал "
     "министр.", "Северный поток» — проект коммерческий, а «Газпром» в нем партнер", ["Северный поток", "Газпром"]),
])
def test_one_opening_mark_for_a_quote_with_quoted_words_after_its_name(text, quote, names):
    assert spans(text) == [[quote]] + [[n] for n in names]


def test_a_quote_opening_with_a_quoted_name_keeps_its_sentences(extractor):
    text = ("Президент выступил в Сколково. «Сколково» должен стать одним из брендов. Это должен быть «стреляющий» "
            "бренд, всем известный», — подчеркнул президент.")
    [q] = extractor.extract(text)
    assert q.type == "direct" and q.text.startswith("Сколково» должен стать") and q.text.endswith("всем известный")


@pytest.mark.parametrize("text", [
    "Газопровод «Южный поток» — это большой проект». Так писала газета.",
    "Он сказал, что «Южный поток» — это проект. А потом добавил», — пишет газета.",
    "Компания «Ромашка» работает давно, и ее директор доволен», — сказал он.",
])
def test_a_left_over_closing_mark_opens_no_quote_elsewhere(text):
    # no author's dash after it, the name not opening a sentence, or the name
    # inside the sentence: no quote is made up
    assert len(spans(text)) == 1


@pytest.mark.parametrize("text, first", [
    # one straight mark closes the inner and the outer quote; the author's verb
    # after the dash ends the quote, though the next paragraph opens with a mark
    ("\"Будет глупостью, если будет кандидат и от СПС, и от \"Яблока\", - заявил Борис Немцов в интервью "
     "программе \"Итоги\". При этом он признался, что голосовал за Явлинского.\n\n"
     "\"Технология праймериз правильная\", - добавил он.",
     "Будет глупостью, если будет кандидат и от СПС, и от \"Яблока"),
    ("\"Граждане требуют прекратить эксперимент под названием \"Единый государственный экзамен\", - объявил "
     "Миронов. \"Если левые силы получат поддержку, кошмара ЕГЭ уже не будет\", - цитирует депутата газета.\n\n"
     "\"Мы внесем законопроект\", - добавил он.",
     "Граждане требуют прекратить эксперимент под названием \"Единый государственный экзамен"),
])
def test_one_mark_closing_two_quotes_before_the_authors_verb(extractor, text, first):
    quotes = extractor.extract(text)
    assert quotes[0].text == first
    assert any(q.text == "Технология праймериз правильная" or q.text == "Мы внесем законопроект" for q in quotes)


def test_an_inner_quote_that_opens_its_own_sentence_is_not_a_merged_closer(extractor):
    # `… лис»), — сообщил он. Суммы … «Осенью …», — добавил он`: two quotes
    text = ("\"В их число вошли два проекта (комедия \"Трек\" и сказка \"Самый рыжий лис\"), - сообщил "
            "представитель киностудии. Суммы будут определены позднее. \"Осенью оба проекта вступят в "
            "подготовительный период\", - добавил представитель студии.\n\n\"Ленфильм\" был основан в 1918 году.")
    texts = [q.text for q in extractor.extract(text)]
    assert "Осенью оба проекта вступят в подготовительный период" in texts


# One straight mark closes a quoted name and the quote opened after a colon,
# at the end of its paragraph (`"…" + "` typed once): the quote runs to it,
# unless a later paragraph closes the quote.
@pytest.mark.parametrize("text, content", [
    ('Об этом заявил политолог Михаил Ремизов: "Значит, "Справедливая Россия" не будет поддерживать кандидата. '
     'Партия хочет вернуться: за Путина и против "Единой России".\n\nНо при этом партия рискует.',
     'Значит, "Справедливая Россия" не будет поддерживать кандидата. Партия хочет вернуться: за Путина и против '
     '"Единой России'),
    ('Он добавил: "Депутат в состоянии увести за собой часть "Справедливой России".',
     'Депутат в состоянии увести за собой часть "Справедливой России'),
])
def test_a_mark_that_closes_a_name_and_the_quote_at_a_paragraph_end(text, content):
    assert [content] in spans(text)


def test_a_quote_a_later_paragraph_closes_is_not_cut_at_a_name():
    text = ('Об этом заявил политолог Михаил Ремизов: "Партия хочет вернуться в нишу "Единой России".\n\n'
            'Второй абзац цитаты продолжается здесь", - добавил он.')
    assert ['Партия хочет вернуться в нишу "Единой России".\n\nВторой абзац цитаты продолжается здесь'] in spans(text)
