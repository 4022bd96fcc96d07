"""Worker processes die with their parent from their first moment (``detente.scale.orphans``).

The kill tests (``test_kill.py``) kill a real ingest; these check the parts: the
launcher sets the kernel's parent-death signal before Python imports anything,
a worker whose parent is already gone exits, and the workers of both runners
carry the signal and know who started them.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

import pytest

from detente.scale import DaskRunner, PoolRunner
from detente.scale.orphans import (
    PARENT_PID_ENV,
    launcher,
    started_by,
    workers_die_with_this_process,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")

_PR_GET_PDEATHSIG = 2
_REPORT = (
    "import ctypes; c = ctypes.c_int(); "
    "ctypes.CDLL(None).prctl(2, ctypes.byref(c), 0, 0, 0); print(c.value)"
)


def parent_death_signal() -> int:
    """The signal this process gets when its parent dies (0: none)."""
    value = ctypes.c_int()
    ctypes.CDLL(None).prctl(_PR_GET_PDEATHSIG, ctypes.byref(value), 0, 0, 0)
    return value.value


def worker_view() -> tuple[int, int | None, int]:
    """What a worker knows: its parent-death signal, who started it, its parent."""
    return parent_death_signal(), started_by(), os.getppid()


def _launched(code: str, parent: int) -> subprocess.CompletedProcess:
    script = launcher(sys.executable)
    assert script is not None, "the launcher cannot run here"
    env = {**os.environ, PARENT_PID_ENV: str(parent)}
    return subprocess.run([script, "-c", code], env=env, capture_output=True, text=True)


def test_the_launcher_sets_the_signal_before_python_starts():
    ran = _launched(_REPORT, os.getpid())
    assert (ran.returncode, ran.stdout.strip()) == (0, str(int(signal.SIGKILL)))


def test_the_launcher_runs_the_real_python_with_its_arguments():
    ran = _launched("import sys; print(sys.executable, sys.argv[1:])", os.getpid())
    assert ran.stdout.split(" ", 1) == [sys.executable, "[]\n"]


def test_a_launched_worker_whose_parent_is_already_gone_exits_at_once():
    ran = _launched("print('ran')", parent=1)  # not the one that started it
    assert (ran.returncode, ran.stdout) == (1, "")


@pytest.mark.parametrize("told", ["started_by", "default"])
def test_die_with_parent_exits_when_the_parent_is_not_the_one_expected(told):
    expect = "1" if told == "started_by" else "None"
    code = f"from detente.scale.orphans import die_with_parent; die_with_parent({expect}); print(1)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (ran.returncode, ran.stdout) == ((1, "") if told == "started_by" else (0, "1\n"))


def test_die_with_parent_sets_the_signal_for_the_parent_it_has():
    code = (
        "from detente.scale.orphans import die_with_parent; import os; "
        f"die_with_parent(os.getppid()); {_REPORT}"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert ran.stdout.strip() == str(int(signal.SIGKILL))


def test_the_block_puts_back_the_python_and_the_environment():
    from multiprocessing import spawn

    python, told = spawn.get_executable(), os.environ.get(PARENT_PID_ENV)
    with workers_die_with_this_process():
        assert os.fsdecode(spawn.get_executable()) == launcher(os.fsdecode(python))
        assert os.environ[PARENT_PID_ENV] == str(os.getpid())
    assert (spawn.get_executable(), os.environ.get(PARENT_PID_ENV)) == (python, told)


@pytest.mark.slow
def test_pool_workers_carry_the_signal_and_know_their_parent():
    runner = PoolRunner(2)
    try:
        views = {runner._pool.submit(worker_view).result() for _ in range(4)}
    finally:
        runner.close()
    assert views == {(int(signal.SIGKILL), os.getpid(), os.getpid())}


@pytest.mark.slow
def test_local_dask_workers_carry_the_signal_and_know_their_parent():
    runner = DaskRunner("local")
    try:
        views = set(runner._client.run(worker_view).values())
    finally:
        runner.close()
    assert views == {(int(signal.SIGKILL), os.getpid(), os.getpid())}


def _launcher_in_new_process(tmp: str) -> str:
    code = "import sys; from detente.scale.orphans import launcher; print(launcher(sys.executable))"
    env = {**os.environ, "TMPDIR": tmp}
    ran = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return ran.stdout.strip()


def test_runs_share_one_private_launcher_so_a_killed_run_leaves_nothing_new(tmp_path):
    first, second = (_launcher_in_new_process(str(tmp_path)) for _ in range(2))
    assert first == second != "None"
    folder = os.path.dirname(first)
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert os.listdir(tmp_path) == [os.path.basename(folder)]


def test_a_launcher_folder_others_can_write_to_is_not_used(tmp_path):
    shared = tmp_path / f"detente-{os.getuid()}"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    script = _launcher_in_new_process(str(tmp_path))
    assert script != "None" and os.path.dirname(script) != str(shared)
    assert os.listdir(shared) == []
