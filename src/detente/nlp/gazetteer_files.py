"""Reading the small gazetteer tables under ``data/gazetteer/``.

Each file opens with ``#`` comment lines that document it, then a header row, then
tab-separated data rows.
"""

from __future__ import annotations

from importlib.resources import files


def table_rows(file_name: str) -> list[tuple[str, ...]]:
    """The data rows of gazetteer file ``file_name``: its tab-separated cells, stripped;
    comments, blank lines and the header row left out."""
    text = (files("detente") / "data" / "gazetteer" / file_name).read_text(encoding="utf-8")
    rows = [
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return rows[1:]
