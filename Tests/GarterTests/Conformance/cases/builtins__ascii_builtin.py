print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["ü", 1]), ascii("\n"))
print(repr("é"), repr("😀"), str("é"))
