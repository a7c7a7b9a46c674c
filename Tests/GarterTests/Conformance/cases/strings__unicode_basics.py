s = "naïve café ☕ 日本語"
print(len(s), s.upper(), s[6:10], s[-3:])
print([ord(c) for c in "aé☕"], chr(233), chr(9749), chr(26085))
print("日本" * 3, "é" in s, s.count("é"), s.find("☕"))
print(s.encode("utf-8"))
print(len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print(sorted("bäac"), max("日本語"), min("日本語"))
print("ΑΒΓ".lower(), "straße".upper(), "ﬁ".upper())
