"""The look-ups and batching that keep cost linear give the answers the
plain scans and the one-by-one parse give."""

from hypothesis import given
from hypothesis import strategies as st

from quotes.intervals import Cover
from quotes.parse.natasha import _by_length

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=30)


@given(spans, st.integers(0, 80), st.integers(0, 20))
def test_cover_holds_is_containment_by_some_span(items, start, length):
    end = start + length
    assert Cover(items).holds(start, end) == any(s <= start and end <= e for s, e in items)


@given(st.lists(st.lists(st.integers(0, 9), max_size=12), max_size=70), st.integers(1, 40))
def test_sorted_batches_give_each_item_its_own_result_in_order(items, batch):
    calls = []

    def run(chunk):
        calls.append(len(chunk))
        return [tuple(item) for item in chunk]

    assert list(_by_length(run, items, batch)) == [tuple(item) for item in items]
    assert all(size <= batch for size in calls)


TEXTS = [
    "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен. «Мы справимся», — добавил он.",
    "Как сообщает ТАСС, в Казани открылся новый мост.\n\nПо словам мэра города, движение пустят в мае.",
    "",
    "Эксперты считают, что цены на жильё вырастут. Об этом рассказала аналитик Ольга Петрова.",
]


def test_documents_parsed_together_are_parsed_as_one_by_one(extractor):
    backend = extractor.backend
    assert list(backend.parse_many(TEXTS)) == [backend.parse(text) for text in TEXTS]


def test_extract_many_gives_what_extract_document_gives(extractor):
    pairs = [(str(n), text) for n, text in enumerate(TEXTS)]
    together = [e.to_dict() for e in extractor.extract_many(pairs, group=3)]
    alone = [extractor.extract_document(text, id=ident).to_dict() for ident, text in pairs]
    assert together == alone
