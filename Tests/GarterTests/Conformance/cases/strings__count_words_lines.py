doc = """First line here.
Second line, with commas, and more.

Fourth line after blank!
  indented fifth line  """
lines = doc.split("\n")
print("lines:", len(lines), "non-empty:", sum(1 for l in lines if l.strip()))
words = doc.split()
print("words:", len(words), "chars:", len(doc), "letters:", sum(c.isalpha() for c in doc))
longest = max(lines, key=len)
print("longest:", repr(longest))
for i, l in enumerate(lines, 1):
    print(f"{i:>2}: {l.strip()!r:40} len={len(l)}")
