text = """Python is a high-level, general-purpose programming language. Its design philosophy
emphasizes code readability with the use of significant indentation. Python is dynamically
typed and garbage-collected. It supports multiple programming paradigms, including structured,
object-oriented and functional programming. It is often described as a "batteries included"
language due to its comprehensive standard library."""

STOP = {"a", "an", "the", "is", "of", "and", "to", "it", "its", "with", "as", "due", "including", "often"}

sentences = []
current = []
for token in text.replace("\n", " ").split():
    current.append(token)
    if token.endswith((".", "!", "?")):
        sentences.append(" ".join(current))
        current = []
if current:
    sentences.append(" ".join(current))

def clean(word):
    return word.strip('.,;:!?"()').lower()

words = [clean(w) for w in text.split() if clean(w)]
print("characters:", len(text), "| words:", len(words), "| sentences:", len(sentences))
print("avg word length: %.2f" % (sum(len(w) for w in words) / len(words)))
for i, s in enumerate(sentences, 1):
    print(f"  s{i}: {len(s.split()):>2} words | {s[:45]}{'...' if len(s) > 45 else ''}")
freq = {}
for w in words:
    if w not in STOP:
        freq[w] = freq.get(w, 0) + 1
print("top terms:")
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"  {w:<14} {c}")
hyphenated = sorted({w for w in words if "-" in w})
print("hyphenated:", hyphenated)
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
letters = [c.lower() for c in text if c.isalpha()]
vowel_ratio = sum(c in "aeiou" for c in letters) / len(letters)
print(f"vowel ratio: {vowel_ratio:.3f}")
caps = [w.strip('.,"') for w in text.split() if w[0].isupper()]
print("capitalized:", caps)
