"""Train the speaker ranker on RuCoCo's gold coreference.

    python -m training.train_ranker [--limit N] [--dev-limit N] [--out quotes/ranker.json]

For every pronoun speaker the extractor finds in a training article, the
rules of `speakers.py` gather the candidates and their features
(`quotes/ranker.py`); a candidate is right when a mention it stands for
lies in the pronoun's gold cluster. A linear score over the candidates is
learned two ways: a conditional logit (a softmax over each mention's own
candidates, fitted with scipy, which the `train` extra brings with
scikit-learn) and, for pronouns, a logistic regression over candidates
one by one; the method and its regularisation are chosen by top-1 accuracy
on the dev split, where the rules' own choice is printed beside it. Parses are cached outside the
repository (`QUOTES_PARSE_CACHE`, default /tmp/quotes-rucoco-parse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import rucoco  # noqa: E402


# boosted trees for pronouns: (trees, depth, learning rate)
PRONOUN_TREES = (300, 3, 0.05)


def collect(extractor, part: str, limit) -> dict[str, list[dict]]:
    """Labelled candidate groups of one split part, by model: `pronoun`
    (pronoun speakers with a right candidate) and `role` (role and group
    nouns where the rules would guess; `new` is right where no earlier
    candidate is)."""
    from quotes import speakers

    groups: dict[str, list[dict]] = {"pronoun": [], "role": []}
    os.environ["QUOTES_RANKER"] = "rules"  # candidates as the rules see them
    for number, (ident, data) in enumerate(rucoco.documents(part, limit), 1):
        doc = rucoco.parsed(extractor.backend, ident, data["text"])
        speakers.RECORDER = []
        try:
            extractor.extract_parsed(doc, id=ident)
        finally:
            records, speakers.RECORDER = speakers.RECORDER, None
        for record in records:
            cluster = rucoco.cluster_of(data["entities"], *record["mention"], tuple(record["head"]))
            kind = record.get("model", "pronoun")
            if cluster is None:
                if kind == "role":  # a mention no gold cluster holds: an entity of its own
                    groups[kind].append({"rows": [c["features"] for c in record["candidates"]],
                                         "labels": [c["new"] for c in record["candidates"]],
                                         "lemma": record["lemma"], "doc": ident})
                continue
            labels = [any(rucoco.in_cluster(data["entities"][cluster], s, e) for s, e in c["spans"])
                      for c in record["candidates"]]
            if kind == "role":
                right = any(labels)
                labels = [(not right) if c["new"] else label for c, label in zip(record["candidates"], labels)]
            if any(labels):
                groups[kind].append({"rows": [c["features"] for c in record["candidates"]], "labels": labels,
                                     "lemma": record.get("lemma"), "doc": ident})
        if sys.stderr.isatty():
            print(f"\r{part} {number}", end="", file=sys.stderr)
    del os.environ["QUOTES_RANKER"]
    return groups


def priors(train: list[dict], column: int, smoothing: float = 4.0) -> tuple[dict, float]:
    """P(new | the noun's lemma), smoothed towards the overall rate, from
    the training groups; each training group's own `new_prior` is set
    without its own article (no label leaks into its feature)."""
    from collections import defaultdict

    total = sum(g["labels"][0] for g in train) / len(train)
    by = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # lemma -> doc -> [new, all]
    for g in train:
        by[g["lemma"]][g["doc"]][0] += g["labels"][0]
        by[g["lemma"]][g["doc"]][1] += 1
    sums = {lemma: [sum(v[0] for v in docs.values()), sum(v[1] for v in docs.values())] for lemma, docs in by.items()}
    for g in train:
        new, count = sums[g["lemma"]]
        own = by[g["lemma"]][g["doc"]]
        rate = (new - own[0] + smoothing * total) / (count - own[1] + smoothing)
        for row in g["rows"]:
            row[column] = rate if row[0] else 0.0
    table = {lemma: round((new + smoothing * total) / (count + smoothing), 4)
             for lemma, (new, count) in sorted(sums.items()) if count >= 2}
    return table, round(total, 4)


def never_pairs(extractor, part: str, limit, least: int = 40) -> list[str]:
    """The pairs of role lemmas that, heading gold mentions at most 30
    role mentions apart in the same article, were met at least `least` times
    and never were one entity (`адвокат|судья`, `министр|президент`).
    Read from the gold clusters alone; the extractor only parses."""
    from collections import defaultdict

    from quotes import names
    from quotes.ranker import pair_key

    counts = defaultdict(lambda: [0, 0])  # pair -> [one entity, met]
    for ident, data in rucoco.documents(part, limit):
        doc = rucoco.parsed(extractor.backend, ident, data["text"])
        mentions = []
        for number, cluster in enumerate(data["entities"]):
            for start, end in cluster:
                tokens = doc.tokens_in(start, end)
                heads = [t for t in tokens if t.upos == "NOUN" and names.is_role_noun(doc, t.index)]
                if heads and len(tokens) < 12:
                    mentions.append((start, number, names.lex_lemma(heads[0])))
        mentions.sort()
        for i, (_, cluster, a) in enumerate(mentions):
            for _, other, b in mentions[i + 1:i + 30]:
                entry = counts[pair_key(a, b)]
                entry[0] += cluster == other
                entry[1] += 1
    return sorted(key for key, (same, met) in counts.items() if met >= least and not same)


def set_priors(groups: list[dict], column: int, table: dict, default: float) -> None:
    for g in groups:
        for row in g["rows"]:
            row[column] = table.get(g["lemma"], default) if row[0] else 0.0


def export_trees(model) -> list[dict]:
    """scikit-learn's boosted trees as arrays for `quotes.ranker.Trees`
    (leaf values times the learning rate; the constant start is left out,
    it ranks no candidate above another)."""
    out = []
    for estimator in model.estimators_[:, 0]:
        tree = estimator.tree_
        out.append({"feature": [int(f) for f in tree.feature], "threshold": [round(float(t), 6) for t in tree.threshold],
                    "left": [int(n) for n in tree.children_left], "right": [int(n) for n in tree.children_right],
                    "value": [round(float(v) * model.learning_rate, 6) for v in tree.value[:, 0, 0]]})
    return out


def fit_trees(x, y, dev_groups: list[dict], n: int, depth: int, rate: float):
    """Boosted trees over the candidates one by one (scikit-learn), and
    their top-1 on the dev groups."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    trees = GradientBoostingClassifier(n_estimators=n, max_depth=depth, learning_rate=rate, subsample=0.8,
                                       random_state=0).fit(x, y)
    return trees, top1(dev_groups, lambda rows: trees.decision_function(np.asarray(rows, dtype=float)))


def trees_record(features, trees, model: str, train_mentions: int, dev_mentions: int, accuracy: float,
                 command: str) -> dict:
    """A model of boosted trees as `quotes/ranker.json` holds it."""
    return {"features": list(features), "trees": export_trees(trees),
            "trained_on": {"train_mentions": train_mentions, "dev_mentions": dev_mentions, "model": model,
                           "dev_top1": round(accuracy, 4), "command": command}}


def extend_role(old: dict, train: list[dict], dev: list[dict], command: str) -> dict:
    """The role model of `old` (a fitted linear model) with the features it
    lacks added: its weights stay, the old score is a fixed offset, and only
    the new features' weights are fitted (a conditional logit on the train
    groups, the penalty chosen by dev top-1, none where none ranks dev better
    than the old model alone). A new feature is then learned without
    refitting weights that were chosen, blind, over newer fits (README)."""
    import numpy as np

    from quotes.ranker import MODELS

    features = list(MODELS["role"])
    known = [f for f in features if f in old["features"]]
    added = [f for f in features if f not in old["features"]]
    column = features.index("new_prior")
    for groups in (train, dev):
        set_priors(groups, column, old.get("priors", {}), float(old.get("prior_default", 0.5)))
    at = {f: old["features"].index(f) for f in known}
    w_old = np.asarray([old["weights"][at[f]] for f in known])
    mean_old = np.asarray([old["mean"][at[f]] for f in known])
    scale_old = np.asarray([old["scale"][at[f]] for f in known])
    known_i = [features.index(f) for f in known]
    added_i = [features.index(f) for f in added]

    def split(groups):
        rows = np.asarray([r for g in groups for r in g["rows"]], dtype=float)
        return ((rows[:, known_i] - mean_old) / scale_old) @ w_old + float(old["bias"]), rows[:, added_i]

    offset, x_new = split(train)
    mean_new, scale_new = x_new.mean(axis=0), x_new.std(axis=0)
    scale_new[scale_new == 0] = 1.0
    standard = (x_new - mean_new) / scale_new
    y = np.asarray([l for g in train for l in g["labels"]], dtype=int)
    sizes = [len(g["rows"]) for g in train]

    def score(rows, w):
        rows = np.asarray(rows, dtype=float)
        base = ((rows[:, known_i] - mean_old) / scale_old) @ w_old + float(old["bias"])
        return base + ((rows[:, added_i] - mean_new) / scale_new) @ w

    best = (top1(dev, lambda rows: score(rows, np.zeros(len(added)))), 0.0, np.zeros(len(added)))
    print(f"  role, old weights alone: dev top-1 {best[0]:.3f}")
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        w = fit_listwise(standard, y, sizes, c, offset=offset)
        accuracy = top1(dev, lambda rows: score(rows, w))
        print(f"  role, old weights + {', '.join(added)} C={c}: dev top-1 {accuracy:.3f}, weights {np.round(w, 3)}")
        if accuracy > best[0] + 1e-9:
            best = (accuracy, c, w)
    accuracy, c, w = best
    weights, mean, scale = [0.0] * len(features), [0.0] * len(features), [1.0] * len(features)
    for k, f in enumerate(known):
        i = features.index(f)
        weights[i], mean[i], scale[i] = float(w_old[k]), float(mean_old[k]), float(scale_old[k])
    for k, f in enumerate(added):
        i = features.index(f)
        weights[i], mean[i], scale[i] = float(w[k]), float(mean_new[k]), float(scale_new[k])
    fitted = {key: value for key, value in old.items() if key not in ("features", "weights", "mean", "scale")}
    fitted.update({"features": features, "weights": [round(v, 6) for v in weights],
                   "mean": [round(v, 6) for v in mean], "scale": [round(v, 6) for v in scale]})
    # (each extension on top of the ones before: a list, oldest first)
    before = old.get("trained_on", {}).get("extended") or []
    fitted["trained_on"] = {**old.get("trained_on", {}), "extended": (
        before if isinstance(before, list) else [before]) + [{
            "features": added, "C": c, "dev_top1": round(accuracy, 4), "train_mentions": len(train),
            "dev_mentions": len(dev), "command": command}]}
    print(f"  role: old weights kept, {', '.join(added)} fitted (C={c}), dev top-1 {accuracy:.3f}")
    return fitted


def fit_listwise(x_all, y_all, sizes, c: float, offset=None):
    """A conditional logit: the weights that make each mention's right
    candidates likely among its own candidates (softmax over the group of
    `sizes[k]` consecutive rows of the standardised `x_all`), with an L2
    penalty 1/(2c); the same linear score a logistic model gives, so
    inference is unchanged. On 2026-12-02 it ranked role nouns better than
    a logistic regression over candidates one by one (RuCoCo dev top-1
    0.861 against 0.855), pronouns not (0.960 against 0.964). `offset`: a
    fixed score added to each row (the kept part of an extended model)."""
    import numpy as np
    from scipy.optimize import minimize

    y_all = np.asarray(y_all, dtype=bool)
    sizes = np.asarray(sizes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group_of = np.repeat(np.arange(len(sizes)), sizes)

    base = np.zeros(len(y_all)) if offset is None else np.asarray(offset, dtype=float)

    def loss(w):
        s = x_all @ w + base
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group_of])
        z = np.add.reduceat(e, starts)
        zp = np.add.reduceat(np.where(y_all, e, 0.0), starts)
        value = -np.sum(np.log(zp / z)) + (w @ w) / (2 * c)
        p_all = e / z[group_of]
        q_all = np.where(y_all, e / zp[group_of], 0.0)
        grad = x_all.T @ (p_all - q_all) + w / c
        return value, grad

    w0 = np.zeros(x_all.shape[1])
    result = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return result.x


def _logistic(x_all, y_all, c: float):
    """A logistic regression over the candidates one by one (scikit-learn)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=4000).fit(x_all, y_all)
    return model.coef_[0], float(model.intercept_[0])


def top1(groups: list[dict], score) -> float:
    right = 0
    for g in groups:
        values = list(score(g["rows"]))
        best = max(range(len(values)), key=lambda n: (values[n], n))
        right += g["labels"][best]
    return right / len(groups) if groups else 0.0


def links(groups: list[dict], score) -> dict:
    """What a role model does with the dev mentions: links to the right
    antecedent, keeps `new` where it is right, misses (`new` where an
    antecedent was right) and wrong links. Top-1 counts a miss and a wrong
    link alike; a wrong link gives a quote to the wrong person, a miss only
    leaves its speaker a description, so both are printed."""
    counts = {"linked": 0, "kept new": 0, "missed": 0, "wrong": 0}
    for g in groups:
        values = list(score(g["rows"]))
        best = max(range(len(values)), key=lambda n: (values[n], -n))
        new = bool(g["rows"][best][0])
        if g["labels"][best]:
            counts["kept new" if new else "linked"] += 1
        else:
            counts["missed" if new else "wrong"] += 1
    return counts


def _shipped_links(dev: list[dict], column: int) -> dict:
    """`links` of the role model in the package now, on copies of the dev
    groups with its own priors (none where its features differ)."""
    import copy

    import numpy as np

    from quotes.ranker import MODELS, WEIGHTS

    path = ROOT / "quotes" / WEIGHTS
    if not path.is_file():
        return {}
    fit = json.loads(path.read_text(encoding="utf-8")).get("models", {}).get("role", {})
    if tuple(fit.get("features", ())) != MODELS["role"] or "weights" not in fit:
        return {}
    groups = copy.deepcopy(dev)
    set_priors(groups, column, fit.get("priors", {}), float(fit.get("prior_default", 0.5)))
    w, b = np.asarray(fit["weights"]), float(fit["bias"])
    mean, scale = np.asarray(fit["mean"]), np.asarray(fit["scale"])
    return links(groups, lambda rows: ((np.asarray(rows, dtype=float) - mean) / scale) @ w + b)


def main(argv=None) -> int:
    from quotes.ranker import MODELS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N training articles")
    parser.add_argument("--dev-limit", type=int, help="only the first N dev articles")
    parser.add_argument("--trees", action="store_true",
                        help="role model: boosted trees where they rank better on dev than the linear model")
    parser.add_argument("--only", choices=tuple(MODELS),
                        help="fit this model alone; the others are kept from the file now at --out")
    parser.add_argument("--out", type=Path, default=ROOT / "quotes" / "ranker.json")
    parser.add_argument("--extend", type=Path, metavar="FILE",
                        help="with --only role: keep the role weights of FILE (a ranker.json) for the features "
                             "they have and fit only the features they lack, the old score a fixed offset")
    args = parser.parse_args(argv)
    import numpy as np

    from quotes import Extractor

    started = time.perf_counter()
    extractor = Extractor()
    train = collect(extractor, "train", args.limit)
    dev = collect(extractor, "dev", args.dev_limit)
    articles = {"train": len(rucoco.load_split()["train"][:args.limit]),
                "dev": len(rucoco.load_split()["dev"][:args.dev_limit])}
    command = "python -m training.train_ranker" + "".join(
        f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
    out = {"models": {}, "trained_on": {"train_articles": articles["train"], "dev_articles": articles["dev"],
                                        "command": command}}
    if args.only:
        # the other models stay as they are in the file (with the command that fitted them)
        previous = json.loads(args.out.read_text(encoding="utf-8"))
        out["models"] = {kind: fit for kind, fit in previous.get("models", {}).items() if kind != args.only}
        for fit in out["models"].values():
            fit.setdefault("trained_on", {}).setdefault("command", previous.get("trained_on", {}).get("command"))
    if args.extend is not None:
        if args.only != "role":
            parser.error("--extend extends the role model: give --only role")
        out["models"]["role"] = extend_role(json.loads(args.extend.read_text(encoding="utf-8"))["models"]["role"],
                                            train["role"], dev["role"], command)
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} in {time.perf_counter() - started:.0f}s")
        return 0
    for kind, features in MODELS.items():
        if args.only and kind != args.only:
            continue
        fit = train[kind]
        extra = {}
        if kind == "role":
            column = features.index("new_prior")
            table, default = priors(fit, column)
            set_priors(dev[kind], column, table, default)
            never = never_pairs(extractor, "train", args.limit)
            print(f"  {len(never)} role pairs never one entity in the training articles")
            extra = {"priors": table, "prior_default": default, "never": never}
        x = np.asarray([r for g in fit for r in g["rows"]], dtype=float)
        y = np.asarray([l for g in fit for l in g["labels"]], dtype=int)
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        print(f"{kind}: train {len(fit)} mentions, {len(x)} candidates; dev {len(dev[kind])} mentions")
        if kind == "pronoun":
            rules = features.index("rules")
            print(f"  dev top-1, rules: {top1(dev[kind], lambda rows: [r[rules] for r in rows]):.3f}")
        else:
            new, last = features.index("new"), features.index("rules_last")
            print(f"  dev top-1, always new: {top1(dev[kind], lambda rows: [r[new] for r in rows]):.3f}; "
                  f"rules (last speaker, else new): "
                  f"{top1(dev[kind], lambda rows: [2 * r[last] + r[new] for r in rows]):.3f}")
        best = None
        # a conditional logit over each mention's candidates, and a logistic
        # regression over candidates one by one: the better on dev is kept
        standard = (x - mean) / scale
        sizes = [len(g["rows"]) for g in fit]
        fits = [("conditional logit", c, lambda c=c: (fit_listwise(standard, y, sizes, c), 0.0))
                for c in (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)]
        if kind == "pronoun":
            # (role nouns: the conditional logit alone. On 2026-12-04 a logistic
            # fit, C=0.01, ranked RuCoCo dev better, top-1 0.884 against 0.870,
            # strict 0.825 against 0.818, by linking more nouns: lenient fell
            # and, read by hand, its changes over newsru-500 and other unseen
            # news were wrong in 39 quotes and right in 26 (a noun linked to a
            # person nearby it does not stand for). Strict counts such a link
            # no worse than an entity of its own.)
            fits += [("logistic", c, lambda c=c: _logistic(standard, y, c)) for c in (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)]
        for method, c, run in fits:
            w, b = run()
            accuracy = top1(dev[kind], lambda rows: ((np.asarray(rows) - mean) / scale) @ w + b)
            print(f"  dev top-1, {method} C={c}: {accuracy:.3f}")
            if best is None or accuracy > best[0] + 1e-9:
                best = (accuracy, c, w, b, method)
        accuracy, c, w, b, method = best
        out["models"][kind] = {
            "features": list(features), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
            "trained_on": {"train_mentions": len(fit), "dev_mentions": len(dev[kind]), "model": method, "C": c,
                           "dev_top1": round(accuracy, 4), "command": command}, **extra}
        print(f"  {kind}: {method} C={c}, dev top-1 {accuracy:.3f}")
        if kind == "pronoun":
            # boosted trees see conjunctions a linear score cannot (the last
            # subject, but not inside the quote's words); a pronoun always has
            # an antecedent, so trees only reorder the candidates (for role
            # nouns, where `new` is one of them, they linked more nouns to the
            # wrong person: see --trees). Taken where better on dev.
            n, depth, rate = PRONOUN_TREES
            trees, accuracy_trees = fit_trees(x, y, dev[kind], n, depth, rate)
            print(f"  dev top-1, boosted trees {n} x depth {depth}: {accuracy_trees:.3f}")
            if accuracy_trees > accuracy + 1e-9:
                out["models"][kind] = trees_record(features, trees, f"gradient boosting, {n} trees of depth {depth}",
                                                   len(fit), len(dev[kind]), accuracy_trees, command)
        if kind == "role":
            shipped = _shipped_links(dev[kind], features.index("new_prior"))
            print(f"  dev role mentions, this fit: {links(dev[kind], lambda rows: ((np.asarray(rows) - mean) / scale) @ w + b)}"
                  + (f"; the weights in the package now: {shipped}" if shipped else ""))
        if kind == "role" and args.trees:
            # boosted trees see conjunctions (a near named person who spoke,
            # not a plural): taken where they rank better on dev. Off by
            # default: on 2026-12-02 they ranked a little better on RuCoCo
            # dev (0.826 against 0.821) and lost two speakers on dev.gold
            trees, accuracy_trees = fit_trees(x, y, dev[kind], 100, 2, 0.1)
            print(f"  {kind}: boosted trees, dev top-1 {accuracy_trees:.3f}")
            if accuracy_trees > accuracy:
                out["models"][kind] = {**trees_record(features, trees, "gradient boosting, 100 trees of depth 2",
                                                      len(fit), len(dev[kind]), accuracy_trees, command), **extra}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
