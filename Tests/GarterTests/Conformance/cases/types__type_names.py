import types
import sys

def f():
    pass

def gen():
    yield 1

class C:
    def method(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
print(types.FunctionType, types.GeneratorType, types.MethodType, types.ModuleType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(int | str, types.UnionType))
print(callable(f) and type(f) is types.FunctionType)
