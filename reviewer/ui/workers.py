"""The one way the window runs work off the GUI thread.

A ``Task`` wraps a plain function ``fn(control, *args, **kwargs)``. It runs on a ``QThreadPool``
and reports ``started`` / ``progress`` / ``result`` / ``error`` / ``cancelled`` / ``finished``
through signals that are always delivered on the GUI thread (a relay object living there re-emits
them), so slots never touch widgets from a worker thread. The function polls ``control.check()``
to honour a cancel request (cooperative: Python threads cannot be killed safely).

``TaskRunner`` owns two pools: a general one for decoding, detection and rendering, and a
one-thread pool for the vault, so only one worker at a time ever touches the vault's SQLite
connection and records are appended in the order they were asked for.
"""

from __future__ import annotations

import functools
import gc
import sqlite3
import threading
import traceback
import weakref
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Qt, Signal, Slot

from reviewer.errors import ReviewerError
from reviewer.vault.store import typed_error
from reviewer.i18n import QT_TRANSLATE_NOOP


class UnexpectedError(ReviewerError):
    """A bug or an environment failure that no package turned into a typed error."""

    code = "unexpected"
    template = QT_TRANSLATE_NOOP(
        "errors", "Something unexpected went wrong. Nothing was changed. The details are in the log."
    )


class TaskCancelled(Exception):
    """Raised inside a task function by ``TaskControl.check()`` when the user cancelled."""


class TaskControl:
    """What a task function receives: progress reporting and the cancel flag."""

    def __init__(self, relay: "_Relay") -> None:
        self._relay = relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``TaskCancelled`` when a cancel was requested; call it between steps."""
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (``total`` 0 = unknown); delivered on the GUI thread."""
        self._relay.deliver.emit("progress", (done, total, text))


class _Relay(QObject):
    """Lives on the GUI thread: worker threads emit ``deliver``; a queued slot re-emits here."""

    deliver = Signal(str, object)
    started = Signal()
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _on_deliver(self, kind: str, payload: object) -> None:
        if kind == "progress":
            self.progress.emit(*payload)  # type: ignore[misc]
        elif kind == "started":
            self.started.emit()
        elif kind == "result":
            self.result.emit(payload)
        elif kind == "error":
            self.error.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        elif kind == "finished":
            self.finished.emit()


def _finished(control: TaskControl, *args: Any, **kwargs: Any) -> None:
    """What a task's function becomes once it has run (its inputs are let go)."""


class _Releaser(QObject):
    """Lives on the GUI thread: a worker hands its reference to a task back through ``release`` (a queued
    signal), so that the last reference to a task, and to its signal relay (a QObject of the GUI thread),
    always goes on the GUI thread, whichever of the runner and the worker lets go last."""

    release = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.release.connect(self._drop, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _drop(self, box: list) -> None:
        for item in box:
            if isinstance(item, list):  # what the task's function was given and gave back
                for value in item:
                    if isinstance(value, BaseException) and value.__traceback__ is not None:
                        # its frames hold that list (Task.run's own frame): let them go here, not in a
                        # garbage collection that might run on a worker thread
                        traceback.clear_frames(value.__traceback__)
                        value.__traceback__ = None
                item.clear()
        box.clear()  # the task's last reference, unless someone on this (GUI) thread still holds it


_releaser: _Releaser | None = None


class _GuiThreadCollector(QObject):
    """Python's cyclic garbage collector runs on whichever thread happens to allocate when a threshold is
    crossed, a worker thread included, and would there destroy objects of the window held in cycles (the
    hazard ``_Releaser`` avoids for a task's own references). So automatic collection is turned off once the
    window runs tasks, and the same generational collection runs from a timer on the GUI thread, with the
    thresholds Python would have used (the pattern pyqtgraph's GarbageCollector uses for the same reason)."""

    INTERVAL_MS = 500

    def __init__(self) -> None:
        super().__init__()
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def take_over(self) -> None:
        """Stop automatic collection (on any thread); this timer collects instead. Called by each runner."""
        gc.disable()

    @Slot()
    def check(self) -> None:
        count = gc.get_count()
        if count[0] > self.threshold[0]:
            generation = 0
            if count[1] > self.threshold[1]:
                generation = 2 if count[2] > self.threshold[2] else 1
            gc.collect(generation)


_collector: _GuiThreadCollector | None = None


def _run_task(holder: list) -> None:
    """What the pool runs. ``holder`` holds the only reference the pool side has to the task: taken out
    here, so that the pool's own copy of the call (destroyed on the worker thread) holds none, and handed
    back to the GUI thread once the task has run."""
    task = holder.pop()
    left: list = []
    try:
        task.run(left)
    finally:
        # The task travels in a box that the GUI thread empties: had it travelled alone, the GUI thread could
        # drop the queued event's reference before this thread dropped its own, and the task would die here.
        # With it go its function, inputs, result or error (``left``): see Task.run.
        box = [task, left]
        del task, left
        if _releaser is not None:
            _releaser.release.emit(box)
        del box


class Task:
    """``fn(control, *args, **kwargs)`` run on a pool.

    Signals (on ``task.signals``, all on the GUI thread): ``started()``, ``progress(done, total, text)``,
    ``result(value)``, ``error(ReviewerError)`` (any other exception arrives wrapped in
    ``UnexpectedError`` with the traceback in ``detail``), ``cancelled()``, then always ``finished()``.
    Connect them before ``TaskRunner.start``.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, name: str = "", **kwargs: Any) -> None:
        # A plain object whose ``run`` the pool calls, not a QRunnable: a pool keeps a reference to every
        # QRunnable it ran that it may not delete, and deleting one here would destroy its signal relay on
        # a worker thread. So every task ever run stayed in memory, with its inputs and connections.
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.name = name or getattr(fn, "__name__", "task")
        self.signals = _Relay()
        self.control = TaskControl(self.signals)
        self.done = False
        self.on_vault = False  # set by the runner: vault tasks are records to keep, never dropped at shutdown

    def cancel(self) -> None:
        """Ask the function to stop at its next ``control.check()``."""
        self.control._cancel.set()

    def run(self, left: list | None = None) -> None:  # worker thread
        """Run the function and report. Everything it was given or gave back (the function, its inputs, its
        result or error, whose traceback holds its frames) is put in ``left`` instead of being let go here, so
        that the caller hands it to the GUI thread to drop: an object with a connection to a signal (a window's
        controller, a bound method) must never die on a worker thread. Its weak-reference callback disconnects
        the signal, which takes Qt's connection lock, while the GUI thread may hold the interpreter lock and
        wait for that same lock in a connect: both threads then wait for ever (seen in the test suite)."""
        if left is None:
            left = []
        relay = self.signals

        def emit(kind: str, payload: object) -> None:
            try:
                relay.deliver.emit(kind, payload)
            except RuntimeError:  # the receiver side was destroyed (window closed): nobody listens
                pass

        emit("started", ())
        try:
            self.control.check()
            value = self.fn(self.control, *self.args, **self.kwargs)
            self.control.check()
        except TaskCancelled as stop:
            left.append(stop)
            emit("cancelled", ())
        except ReviewerError as error:
            left.append(error)
            emit("error", error)
        except sqlite3.Error as error:  # a damaged vault file met outside a check of its own: plain words
            left.append(error)
            emit("error", typed_error(error))
        except Exception as error:  # noqa: BLE001 - every failure must reach the user as a typed error
            left.append(error)
            emit("error", UnexpectedError("".join(traceback.format_exception(error))))
        else:
            left.append(value)
            emit("result", value)
        finally:
            # Let go of the inputs (a photo's bytes, its heatmaps...): whoever still holds the task object
            # (a batch's list, a connection) must not keep them alive. They, and the value that went out with
            # "result", leave this thread in ``left``.
            left.extend((self.fn, self.args, self.kwargs))
            self.fn, self.args, self.kwargs = _finished, (), {}
            value = None
            emit("finished", ())


class TaskRunner(QObject):
    """Starts tasks on the general pool or on the single vault thread, and can wait for all of them."""

    def __init__(self, max_threads: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool()
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self.vault_pool = QThreadPool()
        self.vault_pool.setMaxThreadCount(1)  # serial: one vault worker at a time, in submission order
        self.vault_pool.setExpiryTimeout(-1)  # and always the same thread, which owns the SQLite connection
        self._active: set[Task] = set()
        self._silenced = False
        global _releaser, _collector
        if _releaser is None:
            _releaser = _Releaser()  # created, like the runner, on the GUI thread
        if _collector is None:
            _collector = _GuiThreadCollector()
        _collector.take_over()

    def start(self, task: Task, priority: int = 0) -> Task:
        """Run ``task`` on the general pool (higher ``priority`` first among queued tasks); return it."""
        return self._start(task, self.pool, priority)

    def start_vault(self, task: Task) -> Task:
        """Run ``task`` on the vault's single thread, after every vault task started before it."""
        return self._start(task, self.vault_pool)

    def _start(self, task: Task, pool: QThreadPool, priority: int = 0) -> Task:
        task.on_vault = pool is self.vault_pool
        if self._silenced:
            task.signals.blockSignals(True)  # see drop_callbacks
        self._active.add(task)
        ref = weakref.ref(task)  # the relay's connections must not keep the task alive

        def forget() -> None:
            finished = ref()
            if finished is not None:
                finished.done = True
                self._active.discard(finished)

        task.signals.finished.connect(forget)
        pool.start(functools.partial(_run_task, [task]), priority)
        return task

    @property
    def active(self) -> int:
        return len(self._active)

    def cancel_all(self) -> None:
        """Request cancel on every running or queued task (vault tasks included: they stop between steps)."""
        for task in list(self._active):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle (used at shutdown and in tests); True when they are."""
        general = self.pool.waitForDone(msecs)
        vault = self.vault_pool.waitForDone(msecs)
        return general and vault

    def drop_callbacks(self) -> None:
        """Deliver nothing more, from the tasks started so far or later: their results, errors and progress
        may still be on their way to the GUI thread, but what they were for (a window being replaced or closed)
        is going away. Tasks started afterwards (a timer of the closing window) still run, silently: a vault
        write is never lost."""
        self._silenced = True
        for task in list(self._active):
            task.signals.blockSignals(True)
        self._active.clear()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel the general pool's tasks and wait, at most ``msecs`` per pool, for the rest. Vault tasks are
        never cancelled here, queued ones included: they hold records (a reveal, a sealed review) that must
        reach the vault before the application quits. True when both pools are idle."""
        for task in list(self._active):
            if not task.on_vault:
                task.cancel()
        return self.wait(msecs)
