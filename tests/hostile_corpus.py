"""A hostile corpus, generated (never committed): every known crasher beside good articles.

Each crasher of issue 14 sits in its own file, or beside a good record in the
same file, so a test can check that the good articles are stored and each bad
one is reported with its name. Run as a script to write the corpus to a folder:

    python tests/hostile_corpus.py /tmp/hostile
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# Each good article reports one event between a pair no other good article names.
GOOD_STORIES = {
    "recall": ("France recalled its ambassador to Algeria for consultations on Monday.", "FRA"),
    "expel": ("Poland expelled the Belarusian ambassador on Tuesday.", "POL"),
    "summon": ("Japan summoned the Chinese ambassador on Wednesday over the incident.", "JPN"),
    "close": ("Canada closed its embassy in Venezuela on Thursday.", "CAN"),
    "sever": ("Bolivia severed diplomatic relations with Israel on Friday.", "BOL"),
    "restore": ("Saudi Arabia restored diplomatic relations with Iran on Saturday.", "SAU"),
    "appoint": ("Chile named a new ambassador to Peru on Sunday.", "CHL"),
    "sanction": ("The United States imposed sanctions on Nicaragua on Monday.", "USA"),
}
PUBLISHED = "2023-03-14"


def good_text(story: str) -> str:
    sentence = GOOD_STORIES[story][0]
    return f"{sentence}\n\nOfficials said the decision followed weeks of talks."


def write_hostile_corpus(folder: Path) -> dict[str, list[str]]:
    """Write the corpus into ``folder``; return the names of the good and the hostile items.

    ``good`` lists each good article's story key (one stored article each),
    ``hostile`` each crasher file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    hostile: list[str] = []

    def write(name: str | bytes, data: bytes, bad: bool = True) -> None:
        target = os.path.join(
            os.fsencode(folder), name if isinstance(name, bytes) else name.encode()
        )
        with open(target, "wb") as out:
            out.write(data)
        if bad:
            hostile.append(os.fsdecode(name) if isinstance(name, bytes) else name)

    write("good_recall.txt", f"date {PUBLISHED}\n{good_text('recall')}\n".encode(), bad=False)
    # A file name that is not UTF-8: the good article inside must still be stored.
    write(b"good_expel_\xff.txt", f"date {PUBLISHED}\n{good_text('expel')}\n".encode())
    # UTF-16 with a byte-order mark is text, not binary.
    write("good_summon_utf16.txt", f"date {PUBLISHED}\n{good_text('summon')}\n".encode("utf-16"))
    write("feed_atom_year0.atom", _atom_feed("0000-01-01T00:00:00Z", good_text("close")))
    write("feed_entity_nul.xml", _rss_feed("Officials&#0; said nothing.", good_text("sever")))
    write("feed_entity_huge.xml", _rss_feed("Officials&#xFFFFFFFF; said nothing.", ""))
    write("feed_truncated.xml", _rss_feed("", good_text("restore"))[: -len("\n</channel></rss>")])
    # Two text elements make lxml's drop_tree fail an assertion inside htmldate.
    svg_text = "<text>Officials said the ministry would reply in writing.</text>" * 2
    write("svg_only.html", f"<svg>{svg_text}</svg>".encode())
    write("deep_nesting.jsonl", _jsonl_with(("[" * 100_000 + "]" * 100_000).encode(), "appoint"))
    write(
        "lone_surrogate.jsonl",
        b'{"text": "Officials said \\ud800 nothing.", "title": "A \\udfff title"}\n'
        + _good_jsonl_line("sanction", nul=True),
    )
    write("warc_no_http_head.warc", _warc_response(b"<html><body>no head</body></html>"))
    write("warc_cut_header.warc", _warc_response(b"HTTP/1.1 200 OK\r\nContent-Ty"))
    return {"good": list(GOOD_STORIES), "hostile": hostile}


def _jsonl_with(bad_line: bytes, story: str) -> bytes:
    return bad_line + b"\n" + _good_jsonl_line(story)


def _good_jsonl_line(story: str, nul: bool = False) -> bytes:
    text = good_text(story) + ("\x00" if nul else "")  # a NUL breaks PostgreSQL text columns
    return json.dumps({"text": text, "published": PUBLISHED}).encode() + b"\n"


def _atom_feed(updated: str, good: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile Wire</title>
<entry><title>Year zero</title><id>urn:1</id><updated>{updated}</updated>
<content type="text">Ministers met again today in a quiet session.</content></entry>
<entry><title>Good</title><id>urn:2</id><updated>{PUBLISHED}T08:00:00Z</updated>
<content type="text">{good}</content></entry>
</feed>""".encode()


def _rss_feed(bad: str, good: str) -> bytes:
    good_item = (
        f"<item><title>Good</title><pubDate>Tue, 14 Mar 2023 08:00:00 GMT</pubDate>"
        f"<description>{good}</description></item>"
        if good
        else ""
    )
    bad_item = f"<item><title>Bad</title><description>{bad}</description></item>" if bad else ""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile Wire</title>
{bad_item}{good_item}
</channel></rss>""".encode()


def _warc_response(payload: bytes) -> bytes:
    """A WARC ``response`` record by hand: its payload need not be a whole HTTP response."""
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "WARC-Date: 2023-03-14T08:00:00Z\r\n"  # no WARC-Target-URI: warcio fails on it
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload + b"\r\n\r\n"


if __name__ == "__main__":
    made = write_hostile_corpus(Path(sys.argv[1]))
    print(f"{len(made['hostile'])} hostile files, {len(made['good'])} good articles")
