/// `time`: clocks (`time`, `monotonic`, `perf_counter`, `process_time` and their `_ns`
/// forms), `sleep`, `gmtime`/`localtime`/`mktime`, `strftime`/`strptime`, `asctime`/`ctime`.
/// Every clock read and sleep goes through `SystemHost` (via `_gsys`).
enum TimeModule {
    static let source = #"""
import _gsys
from _structseq import structseq as _structseq


class struct_time(_structseq):
    _typename = 'time.struct_time'
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __init__(self, values, zone=None, gmtoff=None):
        values = tuple(values)
        if len(values) != 9 and len(values) != 11:
            raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(values))
        if len(values) == 11:
            zone, gmtoff = values[9], values[10]
        _structseq.__init__(self, values[:9], tm_zone=zone, tm_gmtoff=gmtoff)


def _make(t):
    return struct_time(t[:9], t[9], t[10])


def time():
    return _gsys.time()


def time_ns():
    return _gsys.time_ns()


def monotonic():
    return _gsys.monotonic_ns() / 1e9


def monotonic_ns():
    return _gsys.monotonic_ns()


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    return _gsys.process_time_ns() / 1e9


def process_time_ns():
    return _gsys.process_time_ns()


def thread_time():
    return _gsys.process_time_ns() / 1e9


def thread_time_ns():
    return _gsys.process_time_ns()


def sleep(secs):
    _gsys.sleep(secs)


def gmtime(secs=None):
    return _make(_gsys.gmtime(secs))


def localtime(secs=None):
    return _make(_gsys.localtime(secs))


def mktime(t):
    return _gsys.mktime(tuple(t))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    return _gsys.strftime(format, tuple(t))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    t = tuple(t)
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[t[6] % 7], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    import _strptime
    return struct_time(_strptime._strptime_time(data_string, format))


def get_clock_info(name):
    raise NotImplementedError('time.get_clock_info() is not supported')


_lt = _gsys.localtime(0)
timezone = -_lt[10]
altzone = timezone
daylight = 0
tzname = (_lt[9], _lt[9])
del _lt
"""#
}
