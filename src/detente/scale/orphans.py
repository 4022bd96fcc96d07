"""Worker processes end with the process that started them, even when it is ``kill -9``-ed.

Otherwise an orphaned worker goes on extracting and, on PostgreSQL, writing.  On
Linux the kernel does it: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` kills the worker when
its parent goes.  A worker sets that as the first thing it runs (:func:`die_with_parent`),
but a spawned Python worker spends seconds importing before it runs anything of
ours, so a parent killed then would leave it behind.  Hence :func:`launcher`: workers
are started through a tiny script that sets the flag and then ``exec``-s Python
(the flag survives ``exec``), so from its first milliseconds a worker dies with its
parent.  Where that cannot run, a thread in the worker watches ``getppid()``.

Each check compares the parent with the one that started the worker
(:data:`PARENT_PID_ENV`), so a parent that died before the flag was set is noticed.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import multiprocessing
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from multiprocessing import resource_tracker, spawn
from pathlib import Path

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_PID_ENV = "DETENTE_PARENT_PID"  # the pid that started this worker
# The Dask preload (``dask_setup``) every local Dask worker runs as it starts.
DASK_PRELOAD = __name__

# Run by "python -SE" (no site, no environment: only the standard library), then
# replaced by the real Python with the worker's own arguments.
_LAUNCHER = """\
#!{python} -SE
import ctypes, os, signal, sys
ctypes.CDLL(None).prctl({flag}, signal.SIGKILL, 0, 0, 0)
parent = os.environ.get("{env}")
if parent and os.getppid() != int(parent):
    os._exit(1)  # the parent died before the flag was set
os.execv({python!r}, [{python!r}, *sys.argv[1:]])
"""


def die_with_parent(parent: int | None = None) -> None:
    """End this worker when ``parent`` (default: its parent now) ends, even by ``kill -9``.

    On Linux the kernel sends SIGKILL; elsewhere a thread watches for the parent to go.
    A worker whose parent is already gone exits at once.
    """
    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before the call
                os._exit(1)
            return
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def started_by() -> int | None:
    """The pid of the process that started this worker, as it said (None: not said)."""
    value = os.environ.get(PARENT_PID_ENV, "")
    return int(value) if value.isdigit() else None


def dask_setup(worker: object = None) -> None:
    """Dask's preload hook: the earliest a Dask worker runs code of ours."""
    die_with_parent(started_by())


@contextlib.contextmanager
def workers_die_with_this_process() -> Iterator[None]:
    """Spawned workers started inside this block die with this process from their start.

    Python's ``spawn`` runs them through :func:`launcher` (where it can run) and tells
    them this process's pid; both are put back afterwards.
    """
    saved_env, saved_python = os.environ.get(PARENT_PID_ENV), spawn.get_executable()
    os.environ[PARENT_PID_ENV] = str(os.getpid())
    script = launcher(os.fsdecode(saved_python))  # bytes on POSIX
    if script is not None:
        # Python's resource tracker must outlive us to clean up after a kill: start
        # it now, the usual way, before workers are started through the launcher.
        resource_tracker.ensure_running()
        multiprocessing.set_executable(script)
    try:
        yield
    finally:
        multiprocessing.set_executable(saved_python)
        if saved_env is None:
            os.environ.pop(PARENT_PID_ENV, None)
        else:
            os.environ[PARENT_PID_ENV] = saved_env


_launchers: dict[str, str | None] = {}  # Python -> its launcher, made once per process


def launcher(python: str) -> str | None:
    """The path of a script that starts ``python`` as a worker that dies with its parent,
    or None where it cannot run (not Linux, or no running programs from the temporary
    folder)."""
    if python not in _launchers:
        linux = sys.platform.startswith("linux")
        _launchers[python] = _make_launcher(python) if linux else None
    return _launchers[python]


def _make_launcher(python: str) -> str | None:
    # Not the real path of a symbolic link: a virtual environment's Python is known by its own.
    text = _LAUNCHER.format(python=python, flag=_PR_SET_PDEATHSIG, env=PARENT_PID_ENV)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    script = _private_folder() / f"worker-python-{digest}"
    if not script.exists():  # kept for later runs: a kill -9 leaves nothing new behind
        draft = script.with_name(f"{script.name}.{os.getpid()}")
        draft.write_text(text)
        draft.chmod(0o700)
        os.replace(draft, script)
    try:
        runs = subprocess.run([str(script), "-c", "pass"], timeout=30, check=False)
    except OSError:  # e.g. a temporary folder mounted noexec
        return None
    return str(script) if runs.returncode == 0 else None


def _private_folder() -> Path:
    """This user's folder for launchers in the temporary folder, made once and reused;
    a fresh one if the usual one is not this user's alone (another user could swap
    the script)."""
    folder = Path(tempfile.gettempdir()) / f"detente-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
        return folder
    fresh = Path(tempfile.mkdtemp(prefix="detente-"))
    atexit.register(shutil.rmtree, fresh, ignore_errors=True)
    return fresh
