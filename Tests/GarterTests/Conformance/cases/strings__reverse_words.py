def reverse_words(s):
    return " ".join(reversed(s.split()))

def reverse_each(s):
    return " ".join(w[::-1] for w in s.split(" "))

for s in ["hello world", "  leading and trailing  ", "one", "a b  c"]:
    print(repr(reverse_words(s)), repr(reverse_each(s)))
