"""Constructions of the fortieth session, each with sentences of our own:
variations that failed before the change and controls that must not move."""

import pytest


@pytest.mark.parametrize("text, mention, speaker", [
    # a post's domain after `по` the parse hung elsewhere is the post's, up to the name
    ("Незадолго до этого министр Чеченской Республики по национальной политике, внешним связям, печати и "
     "информации Джамбулат Умаров заявил о том, что новость о включении Кадырова в \"список Магнитского\" "
     "\"сняла напряжение\".",
     "министр Чеченской Республики по национальной политике, внешним связям, печати и информации "
     "Джамбулат Умаров", "Джамбулат Умаров"),
    # (controls: a domain the parse keeps with the post; another post in another case before the name)
    ("Вчера министр Татарстана по делам молодежи, спорту и туризму Марат Зарипов заявил о том, что стадион "
     "\"будет готов к сроку\".", "министр Татарстана по делам молодежи, спорту и туризму Марат Зарипов",
     "Марат Зарипов"),
])
def test_a_post_with_a_domain_after_po_reaches_its_name(extractor, text, mention, speaker):
    [quote] = extractor.extract(text)
    assert quote.speaker.name == speaker
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize("text, mention", [
    # a post named after it does not take the name that ends a phrase before it
    ("На встрече с министром иностранных дел Ирана Манучехром Моттаки глава МИД России Сергей Лавров "
     "заявил, что переговоры продолжатся.", "глава МИД России Сергей Лавров"),
    ("После переговоров с премьером Италии Марио Монти президент Франции Франсуа Олланд сказал, "
     "что кризис преодолен.", "президент Франции Франсуа Олланд"),
    # (controls: one name, after the post; one name, before it, with a comma)
    ("После беседы с Иваном Петровым министр финансов Алексей Кудрин заявил, что переговоры продолжатся.",
     "министр финансов Алексей Кудрин"),
    ("Алексей Кудрин, министр финансов, заявил, что переговоры продолжатся.", "Алексей Кудрин"),
])
def test_a_named_post_leaves_the_name_before_it(extractor, text, mention):
    [quote] = extractor.extract(text)
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize("text, speaker", [
    # a headline's `генсек` is the general secretary named only after it
    ("Генсек ООН считает, что тюрьму придется закрыть\n\nТюрьму в Гуантанамо придется закрыть, заявил в "
     "пятницу генеральный секретарь ООН Кофи Аннан. Таким образом он прокомментировал доклад.", "Кофи Аннан"),
    ("Генсек НАТО считает, что альянс готов к диалогу\n\nАльянс готов к диалогу с Москвой, заявил "
     "генеральный секретарь НАТО Йенс Столтенберг.", "Йенс Столтенберг"),
    # (control: a secretary of another body stays apart)
    ("Генсек ООН заявил, что конфликт опасен\n\nКонфликт опасен, заявил секретарь Совбеза России "
     "Николай Патрушев.", "Генсек ООН"),
])
def test_a_headline_general_secretary_is_the_one_named_later(extractor, text, speaker):
    first = extractor.extract(text)[0]
    assert first.speaker.mention.text.startswith("Генсек")
    assert first.speaker.name == speaker

