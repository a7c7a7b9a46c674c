from difflib import *

s = SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.get_matching_blocks(), s.get_opcodes(), s.quick_ratio(), s.real_quick_ratio())
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(''.join(ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(''.join(unified_diff(["a\n", "b\n", "c\n"], ["a\n", "x\n", "c\n"], fromfile="before", tofile="after")))
print(''.join(context_diff(["a\n", "b\n"], ["a\n", "c\n"])))
print(SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;").ratio())
d = Differ(); print(list(d.compare(["abc"], ["abd"])))
