/// `asyncio`: an event loop written in Python on top of three pausing primitives
/// (`_garter_async.start` issues a host coroutine's call, `_garter_async.wait` waits for
/// pending host calls or a timer). Tasks are stepped with `coro.send()`/`coro.throw()`, which
/// the dispatch loop runs inline, so a run paused inside `asyncio.run()` can be resumed (and
/// snapshotted) like any other.
///
/// Supported: `run`, `gather` (with `return_exceptions`), `create_task`, `ensure_future`,
/// `sleep`, `wait_for`, `wait`, `as_completed`, `timeout`, `shield`, `Future`, `Task`,
/// `Event`, `Lock`, `Semaphore`, `BoundedSemaphore`, `Queue` (+ `QueueEmpty`/`QueueFull`),
/// `current_task`, `all_tasks`, `get_running_loop`, `get_event_loop`, `new_event_loop`,
/// `iscoroutine`, `iscoroutinefunction`, `CancelledError`, `InvalidStateError`, `TimeoutError`.
/// Known gaps: no threads, executors, subprocesses, streams or signals; task reprs are
/// simplified; a loop whose tasks all wait on futures nothing can complete raises
/// RuntimeError instead of hanging.
enum AsyncioModule {
    static func makeNative(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_garter_async")
        m.value("start", .object(PyExternalFunction(name: "start", parameters: nil, isAsync: false, role: .startCoroutine)))
        m.value("wait", .object(PyExternalFunction(name: "wait", parameters: nil, isAsync: false, role: .wait)))
        m.function("is_host_coroutine") { _, args throws(PythonError) in
            guard args.count == 1, case .object(let o) = args[0] else { return .bool(false) }
            return .bool(o is PyExternalCoroutine)
        }
        m.function("iscoroutine") { _, args throws(PythonError) in
            guard args.count == 1, case .object(let o) = args[0] else { return .bool(false) }
            if o is PyExternalCoroutine { return .bool(true) }
            if o.kind == .generator { return .bool(unsafeDowncast(o, to: PyGenerator.self).isCoroutine) }
            return .bool(false)
        }
        m.function("iscoroutinefunction") { _, args throws(PythonError) in
            guard args.count == 1, case .object(let o) = args[0] else { return .bool(false) }
            if o.kind == .function { return .bool(unsafeDowncast(o, to: PyFunction.self).code.isCoroutine) }
            if o.kind == .external { return .bool(unsafeDowncast(o, to: PyExternalFunction.self).isAsync) }
            if o.kind == .boundMethod, case .object(let f) = unsafeDowncast(o, to: PyBoundMethod.self).function, f.kind == .function {
                return .bool(unsafeDowncast(f, to: PyFunction.self).code.isCoroutine)
            }
            return .bool(false)
        }
        m.function("monotonic") { vm, _ throws(PythonError) in
            .float(Double(SystemHost.monotonicNanoseconds(vm)) / 1e9)
        }
        return m.module
    }

    /// `send`/`throw`/`close`/`__next__`/`__await__` of host coroutines: the first step yields
    /// the coroutine itself to the event loop; the next `send(value)` finishes with `value`.
    static func installCoroutineMethods(_ t: PyType) {
        t.mro = [t, Builtins.shared.object]
        func method(_ name: String, _ body: @escaping (VM, PyExternalCoroutine, Arguments) throws(PythonError) -> Value) {
            t.dict.setString(PyStr(name), .object(PyBuiltinFunction(name: name, owner: "coroutine") { vm, args throws(PythonError) in
                guard args.count >= 1, case .object(let o) = args[0], let c = o as? PyExternalCoroutine else {
                    throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a 'coroutine' object")
                }
                return try body(vm, c, args)
            }))
        }
        func step(_ vm: VM, _ c: PyExternalCoroutine, _ value: Value) throws(PythonError) -> Value {
            switch c.state {
            case .created:
                if !value.isNone {
                    throw vm.makeError(Builtins.shared.typeError, "can't send non-None value to a just-started coroutine")
                }
                c.state = .yielded
                return .object(c)
            case .yielded, .awaiting:
                c.state = .finished
                throw PythonError(vm.stopIteration(value))
            case .finished:
                throw vm.makeError(Builtins.shared.runtimeError, "cannot reuse already awaited coroutine")
            }
        }
        method("send") { vm, c, args throws(PythonError) in try step(vm, c, args.count > 1 ? args[1] : .none) }
        method("__next__") { vm, c, _ throws(PythonError) in try step(vm, c, .none) }
        method("throw") { vm, c, args throws(PythonError) in
            c.state = .finished
            throw PythonError(try vm.exceptionFromRaise(args.count > 1 ? args[1] : .none))
        }
        method("close") { _, c, _ throws(PythonError) in
            c.state = .finished
            return .none
        }
        method("__await__") { _, c, _ throws(PythonError) in .object(c) }
        method("__iter__") { _, c, _ throws(PythonError) in .object(c) }
        method("__repr__") { vm, c, _ throws(PythonError) in
            .str(PyStr("<coroutine object \(c.function.name) at \(vm.address(.object(c)))>"))
        }
    }

    static let source = #"""
import _garter_async as _ga
from heapq import heappush as _heappush, heappop as _heappop

TimeoutError = TimeoutError


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_current_task = None
_task_counter = 0


def iscoroutine(obj):
    return _ga.iscoroutine(obj)


def iscoroutinefunction(func):
    return _ga.iscoroutinefunction(func)


def isfuture(obj):
    return isinstance(obj, Future)


class Future:
    def __init__(self, *, loop=None):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._loop = loop if loop is not None else _get_loop()

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'<Future finished exception={self._exception!r}>'
            return f'<Future finished result={self._result!r}>'
        return f'<Future {state}>'

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        global _task_counter
        _task_counter += 1
        self._coro = coro
        self._name = str(name) if name is not None else f'Task-{_task_counter}'
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step, None, None)

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"<Task finished name='{self._name}' exception={self._exception!r}>"
            return f"<Task finished name='{self._name}' result={self._result!r}>"
        if self._state == _CANCELLED:
            return f"<Task cancelled name='{self._name}'>"
        return f"<Task pending name='{self._name}'>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def _step(self, value, exc):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = _current_task
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(value)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if result is None:
                self._loop.call_soon(self._step, None, None)
            elif isinstance(result, Future):
                if result is self:
                    self._loop.call_soon(self._step, None, RuntimeError(f'Task cannot await on itself: {self!r}'))
                else:
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif _ga.is_host_coroutine(result):
                fut = self._loop._start_host(result)
                fut.add_done_callback(self._wakeup_host)
                self._fut_waiter = fut
                if self._must_cancel:
                    if fut.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                self._loop.call_soon(self._step, None, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_task = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(None, exc)
        else:
            self._step(None, None)

    def _wakeup_host(self, future):
        try:
            value = future.result()
        except BaseException as exc:
            self._step(None, exc)
        else:
            self._step(value, None)


class TimerHandle:
    def __init__(self, when, callback, args):
        self._when = when
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when


class Handle(TimerHandle):
    pass


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._host = {}
        self._tasks = []
        self._closed = False
        self._running = False

    def time(self):
        return _ga.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(0, callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = TimerHandle(when, callback, args)
        self._timer_seq += 1
        _heappush(self._timers, (when, self._timer_seq, handle))
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def get_debug(self):
        return False

    def _start_host(self, coro):
        fut = Future(loop=self)
        outcome = _ga.start(coro)
        if outcome[0] == 0:
            fut.set_result(outcome[1])
        elif outcome[0] == 1:
            fut.set_exception(outcome[1])
        else:
            self._host[outcome[1]] = fut
        return fut

    def _run_once(self):
        if not self._ready:
            for call_id in [i for i, f in self._host.items() if f.done()]:
                del self._host[call_id]
            timeout = None
            if self._timers:
                timeout = max(0.0, self._timers[0][0] - self.time())
            if self._host:
                for call_id, ok, value in _ga.wait(list(self._host), timeout):
                    fut = self._host.pop(call_id, None)
                    if fut is None or fut.done():
                        continue
                    if ok:
                        fut.set_result(value)
                    else:
                        fut.set_exception(value)
            elif self._timers:
                if timeout > 0:
                    _ga.wait([], timeout)
            else:
                raise RuntimeError('Event loop stopped before Future completed.')
        now = self.time()
        while self._timers and self._timers[0][0] <= now:
            handle = _heappop(self._timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        ready = self._ready
        self._ready = []
        for handle in ready:
            if not handle._cancelled:
                handle._callback(*handle._args)

    def run_until_complete(self, future):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        future = ensure_future(future, loop=self)
        previous = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not future.done():
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous
        return future.result()

    def _cancel_all(self):
        pending = [t for t in self._tasks if not t.done()]
        if not pending:
            return
        for t in pending:
            t.cancel()
        self.run_until_complete(gather(*pending, return_exceptions=True))


_default_loop = None


def _get_loop():
    if _running_loop is not None:
        return _running_loop
    return get_event_loop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = _Loop()
    return _default_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = _Loop()
    try:
        return loop.run_until_complete(main)
    finally:
        loop._cancel_all()
        loop.close()


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        loop = loop if loop is not None else _get_loop()
        return Task(coro_or_future, loop=loop)
    if hasattr(coro_or_future, '__await__'):
        async def _wrap(awaitable):
            return await awaitable
        return ensure_future(_wrap(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _Yield:
    def __await__(self):
        yield None


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop=None):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = _get_loop()
    if not coros_or_futures:
        outer = Future(loop=loop)
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            arg_to_fut[key] = ensure_future(arg, loop=loop)
        children.append(arg_to_fut[key])
    outer = _GatheringFuture(children, loop=loop)
    state = [0, len(arg_to_fut)]

    def _done_callback(fut):
        state[0] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == state[1]:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen = set()
    for fut in children:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(_done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future(loop=inner._loop)

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(_inner_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(cb)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    fs = list(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in fs]
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = _get_loop()
    todo = []
    for f in fs:
        fut = ensure_future(f, loop=loop)
        if fut not in todo:
            todo.append(fut)
    done = []
    waiters = []

    def _on_completion(f):
        if f in todo:
            todo.remove(f)
        done.append(f)
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    async def _wait_for_one():
        while not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done.pop(0).result()

    for f in list(todo):
        f.add_done_callback(_on_completion)
    for _ in range(len(todo)):
        yield _wait_for_one()


class Timeout:
    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """Asynchronous context manager for managing a group of tasks (CPython 3.11's)."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return f"<asyncio.locks.Event object [{'set' if self._value else 'unset'}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            self._waiters.remove(fut)
            if not self._locked:
                self._wake_up_first()
            raise
        self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            self._waiters.remove(fut)
            self._wake_up_next()
            raise
        self._waiters.remove(fut)
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = []
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return f'<Queue maxsize={self._maxsize}>'

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    def _wake(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                return

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except CancelledError:
                if putter in self._putters:
                    self._putters.remove(putter)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except CancelledError:
                if getter in self._getters:
                    self._getters.remove(getter)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.pop(0)
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.pop()
        self._wake(self._putters)
        return item
"""#
}
