# Exceptions in a loop: raising and catching builtin and user-defined
# exceptions, class hierarchies in except clauses, try/else/finally,
# `raise ... from`, exceptions from builtins (KeyError, ValueError,
# ZeroDivisionError), and context managers that swallow errors.


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.count += 1
            return True
        return False


TABLE = {i: i * i for i in range(0, 1000, 3)}


def lookup(key):
    try:
        return TABLE[key]
    except KeyError as e:
        raise NotFound(404, f"no key {key}") from e


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise Invalid(400, repr(text)) from None


def main():
    n = 200_000
    found = missing = invalid = finals = zero = 0
    codes = 0
    for i in range(n):
        try:
            v = lookup(i % 1000)
            if i % 5 == 0:
                v = parse("x" + str(i) if i % 10 == 0 else str(i))
            if i % 7 == 0:
                v = v // (i % 2)
        except NotFound as e:
            missing += 1
            codes += e.code
        except Invalid as e:
            invalid += 1
            codes += e.code
            assert e.__cause__ is None and e.__suppress_context__
        except ZeroDivisionError:
            zero += 1
        else:
            found += 1
        finally:
            finals += 1
    print(found, missing, invalid, zero, finals, codes)

    s = Suppress(KeyError, IndexError)
    items = [1, 2, 3]
    for i in range(n):
        with s:
            if i % 2:
                items[i % 5]
            else:
                {}["k"]
    print("suppressed:", s.count)

    depth_total = 0
    for i in range(40_000):
        try:
            try:
                try:
                    raise ValueError(i)
                except ValueError as e:
                    raise TypeError("wrapped") from e
            except TypeError as e:
                depth_total += e.__cause__.args[0] % 7
                raise
        except Exception as e:
            depth_total += len(str(e))
    print("nested:", depth_total)


main()
