import builtins
print(builtins.len([1,2]), builtins.int is int, builtins.ValueError is ValueError, builtins.__name__)
print(hasattr(builtins, 'print'), 'sorted' in dir(builtins), type(builtins).__name__)
import builtins as b
print(b.max(3, 4), b.True_ if hasattr(b, 'True_') else b.abs(-2))
