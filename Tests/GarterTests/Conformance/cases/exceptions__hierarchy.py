checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (StopIteration, Exception), (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, BaseException), (Exception, BaseException),
    (TypeError, ValueError), (UnicodeDecodeError, ValueError), (AssertionError, Exception),
    (IndentationError, SyntaxError), (TabError, IndentationError), (bool, int),
]
for sub, sup in checks:
    print(f"{sub.__name__:<20} <: {sup.__name__:<16} {issubclass(sub, sup)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
