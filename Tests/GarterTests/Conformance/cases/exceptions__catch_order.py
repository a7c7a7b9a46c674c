def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError (not KeyError)"
    except ArithmeticError as e:
        return f"Arithmetic: {type(e).__name__}"
    except Exception:
        return "Exception"
for exc in [KeyError("a"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(classify(exc))
