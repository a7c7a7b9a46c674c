import sys
n = sys.stdout.write("abc\n"); print(n)
print("to err", file=sys.stderr)
print("a", "b", sep="", end="", flush=True); print()
print(*[], sep="x"); print(end="")
sys.stdout.writelines(["x\n", "y\n"])
print(sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 8), sys.platform, type(sys.float_info.max), sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else '')
print(callable(exit), callable(quit))
exit(3)
