"""The wheel built from the repository carries the grammars and the schema,
and the package finds them there."""

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_and_finds_the_grammars(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("quotes-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        for grammar in ("marks", "verbs", "phrases", "entities", "indirect", "layout"):
            assert f"quotes/grammars/{grammar}.toml" in names
        assert "quotes/schema.json" in names
        assert "quotes/confidence.json" in names  # the fitted confidence model
        assert "quotes/py.typed" in names  # type checkers read the package's annotations
        assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE")
                   for n in names), "the MIT licence text is not in the wheel"
        for asset in ("templates/article.html.j2", "templates/index.html.j2", "templates/head.html.j2",
                      "static/style.css", "static/article.js"):
            assert f"quotes/view/{asset}" in names
        archive.extractall(tmp_path / "site")
    probe = ("import quotes.grammar as g, quotes.output as o; "
             "print(g.grammar_dir()); print(len(g.load('verbs')['classes'])); print(o.schema()['title'])")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path / "site"), "PATH": ""}, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == str(tmp_path / "site" / "quotes" / "grammars")
    assert int(lines[1]) >= 5 and lines[2].startswith("quotes")


def test_reporting_verb_lexicon_has_at_least_a_hundred_lemmas():
    from quotes.cues import lexicon

    assert len(lexicon().verbs) >= 100


def test_licence_file_is_the_mit_licence_the_package_declares():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in licence
    assert 'license = { text = "MIT" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
