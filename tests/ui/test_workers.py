"""The worker helper: results, progress, cancel, typed errors, GUI-thread delivery, serial vault pool."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from reviewer.errors import ReviewerError
from reviewer.ui.workers import Task, TaskCancelled, TaskRunner, UnexpectedError


class FileDamaged(ReviewerError):
    code = "test_damaged"
    template = "This file is damaged."


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner(max_threads=4)
    yield runner
    assert runner.shutdown(10_000), "a worker was still running at the end of the test"


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    gui_thread = QThread.currentThread()
    seen = {}

    def work(control, a, b):
        seen["worker_thread"] = threading.get_ident()
        return a * b

    task = Task(work, 6, 7)
    task.signals.result.connect(lambda value: seen.update(value=value, thread=QThread.currentThread()))
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        runner.start(task)
    assert seen["value"] == 42
    assert seen["thread"] is gui_thread
    assert seen["worker_thread"] != threading.get_ident()


def test_progress_is_reported_in_order(qtbot, runner):
    steps = []

    def work(control):
        for i in range(5):
            control.progress(i + 1, 5, f"step {i + 1}")
        return "done"

    task = Task(work)
    task.signals.progress.connect(lambda done, total, text: steps.append((done, total, text)))
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        runner.start(task)
    assert steps == [(i, 5, f"step {i}") for i in range(1, 6)]


def test_cancel_stops_a_task_that_polls_the_flag(qtbot, runner):
    entered = threading.Event()
    loops = []

    def work(control):
        entered.set()
        while True:
            control.check()
            loops.append(1)
            time.sleep(0.005)

    task = Task(work)
    results = []
    task.signals.result.connect(results.append)
    with qtbot.waitSignals([task.signals.cancelled, task.signals.finished], timeout=5000):
        runner.start(task)
        assert entered.wait(5)
        task.cancel()
    assert results == []
    assert task.done or runner.active == 0


def test_a_typed_error_arrives_as_itself(qtbot, runner):
    def work(control):
        raise FileDamaged("byte 12 is wrong")

    task = Task(work)
    with qtbot.waitSignal(task.signals.error, timeout=5000) as blocker:
        runner.start(task)
    error = blocker.args[0]
    assert isinstance(error, FileDamaged)
    assert error.message == "This file is damaged."
    assert error.detail == "byte 12 is wrong"


def test_an_unexpected_exception_becomes_a_typed_error_with_the_traceback(qtbot, runner):
    def work(control):
        return {}["missing"]

    task = Task(work)
    with qtbot.waitSignal(task.signals.error, timeout=5000) as blocker:
        runner.start(task)
    error = blocker.args[0]
    assert isinstance(error, UnexpectedError)
    assert error.code == "unexpected"
    assert "KeyError" in error.detail
    assert "Nothing was changed" in error.message


def test_vault_tasks_run_one_at_a_time_in_submission_order(qtbot, runner):
    lock = threading.Lock()
    running = []
    order = []
    overlap = []

    def vault_step(control, n):
        with lock:
            running.append(n)
            if len(running) > 1:
                overlap.append(tuple(running))
        time.sleep(0.01)
        with lock:
            running.remove(n)
            order.append(n)
        return n

    tasks = [Task(vault_step, n) for n in range(8)]
    with qtbot.waitSignals([t.signals.finished for t in tasks], timeout=10_000):
        for task in tasks:
            runner.start_vault(task)
    assert overlap == []
    assert order == list(range(8))


def test_shutdown_cancels_queued_tasks_and_leaves_no_thread_running(qtbot):
    runner = TaskRunner(max_threads=1)
    started = []

    def slow(control, n):
        started.append(n)
        for _ in range(200):
            control.check()
            time.sleep(0.005)
        return n

    tasks = [Task(slow, n) for n in range(5)]
    for task in tasks:
        runner.start(task)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert runner.shutdown(10_000)
    assert runner.pool.activeThreadCount() == 0
    assert runner.vault_pool.activeThreadCount() == 0
    assert len(started) < 5  # queued tasks stopped before doing their work


def test_shutdown_runs_queued_vault_tasks_and_cancels_general_ones(qtbot, runner):
    release = threading.Event()
    ran: list[str] = []

    def blocking(control):
        release.wait(5)
        ran.append("first vault task")

    def queued(control):
        ran.append("queued vault task")

    def general(control):
        while not release.is_set():
            control.check()  # a cancelled general task stops here
            time.sleep(0.01)
        ran.append("general task completed")

    runner.start_vault(Task(blocking))
    runner.start_vault(Task(queued))
    runner.start(Task(general))
    threading.Timer(0.2, release.set).start()
    assert runner.shutdown(10_000)
    assert ran == ["first vault task", "queued vault task"]


def test_a_finished_task_and_its_inputs_are_let_go(qtbot, runner):
    """Neither the pool, the runner nor the signal connections may keep a task once it is done: each task
    of a session (a photo's bytes, its heatmaps) would otherwise stay in memory until the window closes."""
    import gc
    import weakref

    class Photo:  # stands for a large input
        pass

    photo = Photo()
    photo_ref = weakref.ref(photo)
    task = Task(lambda control, p: id(p), photo)
    task.signals.result.connect(lambda value: None)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        runner.start(task)
    task_ref = weakref.ref(task)
    del task, photo
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)

    def let_go() -> bool:  # the worker hands its reference back through a queued event: let it arrive
        gc.collect()
        return photo_ref() is None and task_ref() is None

    qtbot.waitUntil(let_go, timeout=5000)


def test_every_task_s_signal_relay_is_destroyed_on_the_gui_thread(qtbot, runner):
    """The relay is a QObject of the GUI thread: destroying it on a worker thread is undefined behaviour in Qt.
    Whichever of the runner and the worker lets go of a task last, the relay must die on the GUI thread."""
    import gc

    from PySide6.QtCore import Qt

    gui = threading.get_ident()
    destroyed_on: list[int] = []
    tasks = [Task(lambda control, n: n * n, n) for n in range(40)]
    for task in tasks:
        task.signals.destroyed.connect(lambda *_: destroyed_on.append(threading.get_ident()),
                                       Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignals([t.signals.finished for t in tasks], timeout=10_000):
        for task in tasks:
            runner.start(task)
    del tasks, task

    def all_gone() -> bool:
        gc.collect()
        return len(destroyed_on) == 40

    qtbot.waitUntil(all_gone, timeout=5000)
    assert set(destroyed_on) == {gui}


def test_inputs_results_and_errors_are_let_go_on_the_gui_thread(qtbot, runner):
    """An object given to or made by a task may hold connections to signals (a window's controller, a bound
    method): when it dies, PySide disconnects them under Qt's connection lock. Dying on a worker thread while the
    GUI thread holds the interpreter lock and waits for that lock in a connect froze the window for ever. So a
    task's inputs, its result and its error (whose traceback holds the function's frames) die on the GUI thread,
    however fast the GUI thread drops its own references."""
    gui = threading.get_ident()
    died_on: dict[str, int] = {}

    class Held:
        def __init__(self, name: str) -> None:
            self.name = name

        def __del__(self) -> None:
            died_on[self.name] = threading.get_ident()

    def gives_back(control, given, mapping):
        return Held(f"result {given.name}")

    def fails(control, given):
        inside = Held(f"local of failing {given.name}")  # kept alive by the traceback's frame
        raise FileDamaged()

    def cancelled(control, given):
        inside = Held(f"local of cancelled {given.name}")
        raise TaskCancelled()

    tasks = []
    for n in range(30):
        tasks.append(Task(gives_back, Held(f"input {n}"), mapping={"key": Held(f"keyword {n}")}))
        tasks.append(Task(fails, Held(f"failing {n}")))
        tasks.append(Task(cancelled, Held(f"cancelled {n}")))
    for task in tasks:  # the GUI side drops what it is sent at once
        task.signals.result.connect(lambda value: None)
        task.signals.error.connect(lambda error: None)
    with qtbot.waitSignals([t.signals.finished for t in tasks], timeout=20_000):
        for task in tasks:
            runner.start(task)
    del tasks, task
    expected = 30 * 7  # input, keyword, result; failing input and its local; cancelled input and its local
    qtbot.waitUntil(lambda: len(died_on) == expected, timeout=10_000)
    assert {name for name, thread in died_on.items() if thread != gui} == set()


def test_garbage_cycles_are_collected_on_the_gui_thread(qtbot, runner):
    """Objects in reference cycles die when the cyclic collector runs, on whichever thread triggered it: with a
    runner alive, that is always the GUI thread, even when only worker threads allocate."""
    import gc

    gui = threading.get_ident()
    died_on: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            died_on.append(threading.get_ident())

    def allocate(control):
        for _ in range(20_000):  # far past the first generation's threshold, many times over
            Cycle()
            [[] for _ in range(5)]

    assert not gc.isenabled()
    tasks = [Task(allocate) for _ in range(4)]
    with qtbot.waitSignals([t.signals.finished for t in tasks], timeout=60_000):
        for task in tasks:
            runner.start(task)
    gc.collect()  # what the timer had not yet collected (this test's thread is the GUI thread)
    assert len(died_on) == 80_000
    assert set(died_on) == {gui}
