vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
        "\x00\x07\x1b", "caf\u00e9", "snow\u2603man", "\U0001F600", "\r\n", "\x7f", "\u200b", "€100"]
for v in vals:
    print(repr(v), len(v))
print(str(["a'b", 'c"d', "e\nf"]))
print(repr("'"), repr('"'), repr("'\""), repr(""))
