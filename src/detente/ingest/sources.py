"""Where articles come from: paths, directories, globs and stdin, each with its format.

:func:`expand_sources` turns what the user typed into :class:`Source` records, one per
file (directories recurse, globs expand, ``-`` is standard input); :func:`open_source`
opens one as a binary stream, undoing ``.gz`` compression on the fly so that nothing
is decompressed to disk or into memory whole.

The format of a source is, in order: the one the user forced (``--format``), the one
its extension names (``.gz`` looked through: ``dump.jsonl.gz`` is JSONL), or the one
its first bytes show (:func:`sniff_format`, used for stdin and unknown extensions).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import stat
import sys
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from detente.errors import InputError

STDIN = "-"
STDIN_NAME = "<stdin>"

# Canonical format names, then the aliases ``--format`` also accepts.
FORMATS: tuple[str, ...] = ("text", "jsonl", "html", "feed", "warc")
FORMAT_ALIASES = {"txt": "text", "ndjson": "jsonl", "htm": "html", "rss": "feed", "atom": "feed"}

EXTENSION_FORMATS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}

_GZIP_MAGIC = b"\x1f\x8b"
_GLOB_CHARS = frozenset("*?[")
_NOT_REGULAR = "not a regular file (a pipe, socket or device)"


@dataclass(frozen=True)
class Source:
    """One input stream: a file or stdin, with the format to read it as.

    ``name`` is what errors and record locations are named after (the path as found,
    or ``<stdin>``); ``fmt`` is ``None`` when only the content can tell.
    """

    name: str
    path: Path | None
    fmt: str | None

    @property
    def stem(self) -> str:
        """The file name less ``.gz`` and extension: the doc_id of a one-article file."""
        if self.path is None:
            return "stdin"
        name = safe_name(self.path.name)
        if name.endswith(".gz"):
            name = name[:-3]
        return Path(name).stem

    @property
    def label(self) -> str:
        """The file name as shown in multi-record doc_ids (``dump.jsonl.gz:17``)."""
        return safe_name(self.path.name) if self.path is not None else "stdin"


def safe_name(name: str) -> str:
    """A file name as text that any store and terminal takes: bytes that are not UTF-8
    (kept by Python as lone surrogates) are written as ``\\xff``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def normalise_format(fmt: str | None) -> str | None:
    """The canonical name of a ``--format`` value; raise ``ValueError`` for an unknown one."""
    if fmt is None:
        return None
    name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        known = ", ".join(FORMATS + tuple(FORMAT_ALIASES))
        raise ValueError(f"unknown input format {fmt!r}: expected one of {known}")
    return name


def format_of_name(name: str) -> str | None:
    """The format a file name's extension names (``.gz`` looked through), or None."""
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return EXTENSION_FORMATS.get(Path(lowered).suffix)


def expand_sources(
    inputs: Iterable[str | Path], fmt: str | None = None
) -> Iterator[Source | InputError]:
    """Every input file under ``inputs``, in order; an :class:`InputError` for each that is missing.

    Directories recurse (sorted) and keep only files whose extension names a format
    (``fmt``'s own extensions when a format is forced), so the images and scripts of a
    saved web page are not read as articles; hidden files and folders are passed over.
    A file named explicitly is always read.
    """
    fmt = normalise_format(fmt)
    for item in inputs:
        text = str(item)
        if text == STDIN:
            yield Source(STDIN_NAME, None, fmt)
            continue
        yield from _expand_path(text, fmt)


def _expand_path(text: str, fmt: str | None) -> Iterator[Source | InputError]:
    path = Path(text)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield from _expand_glob(text, fmt)
        return
    except OSError as error:  # permission denied, a symlink loop, a name too long
        yield InputError(safe_name(text), f"cannot read: {error.strerror or error}")
        return
    if stat.S_ISDIR(mode):
        yield from _expand_folder(path, fmt)
    elif stat.S_ISREG(mode):
        yield _file_source(path, fmt)
    else:  # a FIFO or a device would block or never end
        yield InputError(safe_name(text), f"{_NOT_REGULAR}: skipped")


def _expand_glob(text: str, fmt: str | None) -> Iterator[Source | InputError]:
    if not _GLOB_CHARS & set(text):
        yield InputError(safe_name(text), "no such file or directory")
        return
    matches = sorted(glob.glob(text, recursive=True))
    if not matches:
        yield InputError(safe_name(text), "no file matches this pattern")
    for match in matches:
        yield from _expand_path(match, fmt)


def _expand_folder(folder: Path, fmt: str | None) -> Iterator[Source | InputError]:
    """The article files under ``folder``, sorted; a subfolder that cannot be read is an error."""
    found: list[Path] = []
    unreadable: list[OSError] = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    for error in unreadable:
        yield InputError(safe_name(error.filename or str(folder)), f"cannot read: {error.strerror}")
    for path in sorted(found):
        wanted = format_of_name(path.name)
        if wanted is None or (fmt is not None and wanted != fmt):
            continue
        if path.is_file():
            yield _file_source(path, fmt)
        else:
            yield InputError(safe_name(str(path)), f"{_NOT_REGULAR} or a broken link: skipped")


def _file_source(path: Path, fmt: str | None) -> Source:
    return Source(safe_name(str(path)), path, fmt or format_of_name(path.name))


@contextmanager
def open_source(source: Source) -> Iterator[io.BufferedReader]:
    """The source's bytes as a buffered stream, gunzipped on the fly when they are gzip.

    Compression is told by the first bytes, not the name, so stdin and a
    gzipped file without ``.gz`` are read the same way.
    """
    if source.path is None:
        yield _ungzipped(_peekable(sys.stdin.buffer))
        return
    with open(source.path, "rb") as raw:
        yield _ungzipped(raw)


def _ungzipped(stream: io.BufferedReader) -> io.BufferedReader:
    if stream.peek(2)[:2] == _GZIP_MAGIC:
        return _peekable(gzip.GzipFile(fileobj=stream, mode="rb"))
    return stream


def _peekable(stream: typing.BinaryIO) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def sniff_format(stream: io.BufferedReader) -> str:
    """Guess the format from the first bytes of a stream without consuming them."""
    head = stream.peek(2048)[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"<"):
        return "html"
    return "text"
