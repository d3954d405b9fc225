"""The README's Python API section, run as a reader would paste it into a notebook.

Its ``python`` blocks run in order in one namespace, in an empty folder, against a
fresh SQLite store; the checks look at what they left behind.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import observatory

README = Path(__file__).resolve().parents[1] / "README.md"


def _api_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_python_api_example_runs_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OBSERVATORY_HOME", str(tmp_path / "home"))
    blocks = _api_blocks()
    assert len(blocks) >= 3, "the Python API section lost its example"
    namespace: dict = {}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"README.md python block {number}", "exec"), namespace)

    assert isinstance(namespace["result"], observatory.ExtractionResult)
    assert [r.document.id for r in namespace["results"]] == ["w1", "w2"]
    store = namespace["store"]
    assert (tmp_path / "notebook.db").exists()
    assert namespace["incidents"], "two stored reports of one shelling gave no incident"
    first = store.incident(namespace["incidents"][0].id)
    assert first is not None and first.claims
    assert all(row.best is None or row.best >= 0 for row in namespace["tolls"])


def test_public_names_are_the_documented_ones() -> None:
    for name in observatory.__all__:
        assert getattr(observatory, name) is not None
    with pytest.raises(AttributeError):
        observatory.no_such_name  # noqa: B018


def test_extract_stays_the_function_after_the_subpackage_is_imported() -> None:
    import observatory.extract.pipeline  # noqa: F401  binds the subpackage onto its parent

    assert callable(observatory.extract)
    result = observatory.extract("Clashes broke out in the town of Example on Monday.", published="2020-02-03")
    assert result.document.published == "2020-02-03"
