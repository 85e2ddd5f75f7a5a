"""What a new user meets first: --version, help on every option, examples
whose paths exist, `quotes schema`, `quotes eval --strict`."""

import argparse
import json
import re
import shlex
from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from quotes import __version__
from quotes.cli import _parser, main


def _subparsers(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def test_version(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out.strip() == f"quotes {__version__}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{__version__}"' in pyproject


def test_every_option_of_every_subcommand_has_help():
    parser = _parser()
    missing = []
    for name, sub in [("quotes", parser), *_subparsers(parser).items()]:
        for action in sub._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, f"options without help text: {missing}"


def _example_paths():
    """(command line, path) for every input path the --help examples name."""
    parser = _parser()
    epilogs = [parser.epilog] + [sub.epilog for sub in _subparsers(parser).values()]
    for epilog in epilogs:
        made = set()
        for line in (epilog or "").splitlines():
            line = line.split("#")[0].strip()
            if not line.startswith(("quotes ", "cat ")):
                continue
            words = [w for part in line.split("|") for w in shlex.split(part)]
            for i, word in enumerate(words):
                if words[i - 1] in ("-o", ">") and i:
                    made.add(word)
                    continue
                if word in made or word.startswith("-") or not re.search(r"(/|\.[a-z]+)$", word):
                    continue
                yield line, word


@pytest.mark.parametrize("line,path", sorted(set(_example_paths())))
def test_help_examples_use_paths_that_exist(line, path):
    if path.startswith("../shared/") and not SHARED.is_dir():
        pytest.skip("../shared is absent here")
    assert (ROOT / path).exists(), f"`{line}` names {path}, which is not in the repository"


def test_schema_command_prints_the_described_schema(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["$defs"]["quote"]["properties"]["confidence"]["description"]


def test_eval_warns_when_no_prediction_id_matches(tmp_path, capsys):
    gold = ROOT / "tests" / "fixtures" / "eval_gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "another-file", "quotes": [], "entities": []}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold), str(pred)]) == 0
    err = capsys.readouterr().err
    assert "warning: no prediction id matches a gold id" in err and "another-file" in err
    assert main(["eval", str(gold), str(pred), "--strict"]) == 1
    assert "warning" in capsys.readouterr().err
    matching = ROOT / "tests" / "fixtures" / "eval_pred.jsonl"
    assert main(["eval", str(gold), str(matching), "--strict"]) == 0
    assert "warning" not in capsys.readouterr().err
