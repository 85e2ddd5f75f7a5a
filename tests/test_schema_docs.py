"""Every field of the output is described: in quotes/schema.json and in the
README's field table (`python -m quotes.output` prints that table)."""

from conftest import ROOT
from quotes.output import field_rows, schema


def _properties(node, path="#"):
    if isinstance(node, dict):
        for name, value in (node.get("properties") or {}).items():
            yield f"{path}/{name}", value
        for key, value in node.items():
            if key != "properties":
                yield from _properties(value, f"{path}/{key}")
            else:
                for name, sub in value.items():
                    yield from _properties(sub, f"{path}/{name}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _properties(item, f"{path}/{i}")


def test_every_property_has_a_description():
    undocumented = [path for path, value in _properties(schema()) if not value.get("description")]
    assert not undocumented, undocumented
    for name, definition in schema()["$defs"].items():
        assert definition.get("description"), name


def test_confidence_says_what_it_means():
    text = schema()["$defs"]["quote"]["properties"]["confidence"]["description"]
    assert "end to end" in text and "calibrat" in text


def test_readme_table_names_every_field():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"`{field}`" for field, _, _ in field_rows() if f"| `{field}` |" not in readme]
    assert not missing, (f"README's field table lacks {missing}: "
                         "regenerate it with `python -m quotes.output`")
