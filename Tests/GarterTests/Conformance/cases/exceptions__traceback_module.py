# traceback.format_exc & co; File lines and CPython's caret lines are filtered out.
import io
import sys
import traceback


def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File '):
            out.append('  File ... ' + line.split(', ', 1)[1])
        elif line.strip() and set(line.strip()) <= set('^~'):
            continue
        else:
            out.append(line)
    return '\n'.join(out)


def inner(d):
    return d['missing']


def outer():
    return inner({})


try:
    outer()
except KeyError:
    print(clean(traceback.format_exc()))

try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(clean(''.join(traceback.format_exception(e))))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(''.join(traceback.TracebackException.from_exception(e).format_exception_only()), end='')

try:
    try:
        [][1]
    except IndexError:
        None.attr
except AttributeError:
    print(clean(traceback.format_exc()))

print(repr(traceback.format_exc()))
e = ValueError("with note")
e.add_note("extra context")
e.add_note("second note")
print(traceback.format_exception_only(e))


class MyErr(Exception):
    pass


try:
    raise MyErr("custom")
except MyErr:
    lines = traceback.format_exc().splitlines()
    print(lines[0], '|', lines[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))
print(traceback.format_exception(None))
