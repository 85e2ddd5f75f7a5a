"""Parser comparison: UAS and LAS on real UD treebanks, speed, and what each
backend's parse gives the extractor.

    python benchmarks/parsers.py [--limit N]

Treebanks (../shared/corpus/ud): UD Russian Taiga dev and test, PUD test.
Every backend available on the machine parses the gold tokenisation
(natasha's tagger and parser on the word lists; Stanza with
`tokenize_pretokenized`), so attachment scores compare trees, not
tokenisers. LAS counts the full label (`flat:name`), LAS-u its universal
part. Tokens/s is the parse alone. The extraction figures are
`quotes eval` on ../shared/corpus/dev.gold.jsonl with that backend.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpus"
TREEBANKS = ["ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu", "ru_pud-ud-test.conllu"]


def read_treebank(path: Path, limit: int | None) -> list[list[tuple[str, int, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 10 or "-" in columns[0] or "." in columns[0]:
            continue
        current.append((columns[1], int(columns[6]), columns[7]))
    if current:
        sentences.append(current)
    return sentences[:limit] if limit else sentences


def natasha_parse(sentences: list[list[str]]) -> list[list[tuple[int, str]]]:
    from quotes.parse.natasha import NatashaBackend

    backend = natasha_parse.backend = getattr(natasha_parse, "backend", None) or NatashaBackend()
    list(backend.morph_tagger.map(sentences))  # the parser sees the tagger's work in a real run
    result = []
    for markup in backend.syntax_parser.map(sentences):
        result.append([(int(t.head_id), t.rel) for t in markup.tokens])
    return result


def stanza_parse_factory():
    from quotes.parse.stanza import default_resources_dir, missing_models

    directory = default_resources_dir()
    missing = missing_models(directory)
    if missing:
        return None, f"models missing in {directory} ({', '.join(missing)})"
    import stanza

    pipeline = stanza.Pipeline("ru", dir=str(directory), processors="tokenize,pos,lemma,depparse",
                               tokenize_pretokenized=True, download_method=None, logging_level="WARN")

    def parse(sentences):
        doc = pipeline(sentences)
        return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]

    return parse, None


def score(gold, predicted) -> tuple[float, float, float, int]:
    words = uas = las = lasu = 0
    for gold_sentence, predicted_sentence in zip(gold, predicted):
        for (form, head, rel), (p_head, p_rel) in zip(gold_sentence, predicted_sentence):
            words += 1
            if head == p_head:
                uas += 1
                las += rel == p_rel
                lasu += rel.split(":")[0] == (p_rel or "").split(":")[0]
    return uas / words, las / words, lasu / words, words


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="sentences per treebank")
    parser.add_argument("--no-extraction", action="store_true", help="skip the dev extraction figures")
    args = parser.parse_args(argv)
    if not (SHARED / "ud").is_dir():
        print(f"{SHARED / 'ud'} is absent: nothing to measure", file=sys.stderr)
        return 0
    backends = {"natasha": (natasha_parse, None)}
    try:
        backends["stanza"] = stanza_parse_factory()
    except ImportError:
        backends["stanza"] = (None, "the stanza extra is not installed")

    print(f"{'backend':9}{'treebank':26}{'words':>7}{'UAS':>8}{'LAS':>8}{'LAS-u':>8}{'tokens/s':>10}")
    for name, (parse, why) in backends.items():
        if parse is None:
            print(f"{name:9}skipped: {why}")
            continue
        for treebank in TREEBANKS:
            gold = read_treebank(SHARED / "ud" / treebank, args.limit)
            words = [[form for form, _, _ in sentence] for sentence in gold]
            started = time.perf_counter()
            predicted = parse(words)
            elapsed = time.perf_counter() - started
            uas, las, lasu, count = score(gold, predicted)
            print(f"{name:9}{treebank:26}{count:>7}{uas:8.3f}{las:8.3f}{lasu:8.3f}{count / elapsed:10.0f}")
    if not args.no_extraction and (SHARED / "dev.gold.jsonl").exists():
        from quotes import Extractor
        from quotes.evaluate import evaluate_file

        print("\nextraction on dev.gold.jsonl:")
        for name, (parse, why) in backends.items():
            if parse is None:
                continue
            report = evaluate_file(str(SHARED / "dev.gold.jsonl"), extractor=Extractor(name))
            f = report.figures()
            print(f"  {name}: quote F1 {f['quote_f1']:.3f}, speaker {f['speaker']:.3f}, "
                  f"chain {f['chain']:.3f}, end-to-end F1 {f['e2e_f1']:.3f}")
    print(f"({time.strftime('%Y-%m-%d')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
