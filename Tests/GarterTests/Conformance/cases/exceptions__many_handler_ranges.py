# Many protected ranges in one code object: each raise must find its own innermost handler
# (the exception table is searched by position), including ranges nested inside others,
# handlers inside handlers, loops around them, and positions between ranges.

def fail(kind):
    if kind == 0:
        raise KeyError("k")
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise IndexError("i")
    if kind == 3:
        return 1 // 0
    return kind


def many(kind):
    out = []
    try:
        fail(kind)
        out.append("a-ok")
    except KeyError:
        out.append("a-key")
    except Exception as e:
        out.append("a-" + type(e).__name__)
    out.append("between-1")
    try:
        fail(kind)
        out.append("b-ok")
    except ValueError:
        out.append("b-value")
    except KeyError:
        out.append("b-key")
    except BaseException as e:
        out.append("b-" + type(e).__name__)
    out.append("between-2")
    try:
        try:
            fail(kind)
            out.append("c-inner-ok")
        except IndexError:
            out.append("c-inner-index")
            try:
                fail((kind + 1) % 5)
            except Exception as e:
                out.append("c-handler-" + type(e).__name__)
        finally:
            out.append("c-finally")
    except Exception as e:
        out.append("c-outer-" + type(e).__name__)
    for i in range(4):
        try:
            if i == kind:
                fail(i)
            out.append(f"loop-{i}-ok")
        except (KeyError, ValueError) as e:
            out.append(f"loop-{i}-{type(e).__name__}")
            continue
        except ZeroDivisionError:
            out.append(f"loop-{i}-zero")
            break
        except Exception as e:
            out.append(f"loop-{i}-other-{type(e).__name__}")
    try:
        with open_ctx(out):
            fail(kind)
    except Exception as e:
        out.append("with-" + type(e).__name__)
    try:
        fail(kind)
    except KeyError:
        out.append("z-key")
    except ValueError:
        out.append("z-value")
    except IndexError:
        out.append("z-index")
    except ZeroDivisionError:
        out.append("z-zero")
    else:
        out.append("z-else")
    return out


class open_ctx:
    def __init__(self, out):
        self.out = out

    def __enter__(self):
        self.out.append("enter")

    def __exit__(self, t, v, tb):
        self.out.append("exit-" + (t.__name__ if t else "none"))
        return t is ValueError


for kind in range(5):
    print(kind, many(kind))


def deep(n):
    # A handler found in a caller several frames up, past frames with their own tables.
    try:
        if n == 0:
            fail(2)
        return deep(n - 1)
    except KeyError:
        return "wrong"


try:
    deep(6)
except IndexError as e:
    print("deep", type(e).__name__, e)

# Statements at every indentation depth, then back to the module level in one step.
if True:
    if True:
        if True:
            if True:
                x = 1
y = 2
print(x + y)
for i in range(2):
	print("tab-indented", i)
