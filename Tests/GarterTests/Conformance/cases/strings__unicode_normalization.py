# unicodedata.normalize / is_normalized / decomposition against CPython 3.11's tables:
# composition and decomposition, compatibility mappings, canonical reordering of combining
# marks, blocked and excluded compositions, Hangul syllables and jamo, astral characters.
import random
import unicodedata

FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def show(s):
    return " ".join(f"{ord(c):04X}" for c in s)


samples = [
    "café", "cafe\u0301", "Å", "A\u030a", "\u212b", "\u2126", "ﬁ", "①", "x²", "½", "™",
    "\u1e9b\u0323", "a\u0323\u0302", "a\u0302\u0323", "\u0344", "\u0f73", "\u0958", "\u2adc",
    "\uac00", "\uac01", "\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8", "\u1100\u1100\u1161",
    "\u3131", "ｶﾞ", "\u304b\u3099", "\u1d15e", "\U0001d15e", "\U0001d160", "\U0001d400",
    "Ǆ", "ǅ", "\u00a0", "e\u0301\u0301", "e\u0327\u0301", "\u0041\u0300\u0301\u0302",
    "\u05d1\u05bc\u05c1", "\ufb2c", "\u0915\u093c", "", "plain ascii",
]
for s in samples:
    print(repr(s), [show(unicodedata.normalize(f, s)) for f in FORMS],
          [unicodedata.is_normalized(f, s) for f in FORMS])

for c in "éÅ\u212b\u00a0½ﬁ\u0344a\uac00\u1e9b\U0001d15e\u2126":
    print(f"{ord(c):04X}", repr(unicodedata.decomposition(c)))

# Every character in the blocks with most decompositions, hashed per form.
ranges = [(0xA0, 0x600), (0x900, 0xD00), (0x1E00, 0x2200), (0x2460, 0x2500), (0x3000, 0x3400),
          (0xAC00, 0xAD00), (0xF900, 0xFB50), (0xFE30, 0xFFF0), (0x1D100, 0x1D800), (0x2F800, 0x2FA20)]
for form in FORMS:
    h = 0
    for lo, hi in ranges:
        for cp in range(lo, hi):
            for ch in unicodedata.normalize(form, chr(cp)):
                h = (h * 31 + ord(ch)) % 1000000007
    print(form, h)

# Random strings over letters, combining marks, jamo and characters with tricky mappings.
pool = [0x41, 0x61, 0x65, 0x55, 0x300, 0x301, 0x302, 0x308, 0x323, 0x327, 0x31B, 0x345, 0x344,
        0x340, 0xF73, 0xF81, 0x1100, 0x1161, 0x11A8, 0x11A7, 0x11C3, 0xAC00, 0xAC01, 0x3099, 0x304B,
        0x30AB, 0x1E0A, 0x1E9B, 0xFB2C, 0x5D1, 0x5BC, 0x5C1, 0x95C, 0x93C, 0x915, 0x212B, 0xFB01,
        0x1D15E, 0x1D165, 0xCCA, 0xCC6, 0xCC2, 0xCD5, 0xB4B, 0xB47, 0xB3E, 0xB57, 0xFF76, 0xFF9E,
        0x1C4, 0x2ADC, 0x338, 0x112, 0x20D2, 0x1DCE, 0x16FF0, 0x11099, 0x110BA]
rng = random.Random(11)
h = 0
normalized = 0
for _ in range(3000):
    s = "".join(chr(rng.choice(pool)) for _ in range(rng.randint(1, 7)))
    for form in FORMS:
        for ch in unicodedata.normalize(form, s):
            h = (h * 31 + ord(ch)) % 1000000007
        normalized += unicodedata.is_normalized(form, s)
print("random", h, normalized)

for bad in [("NFX", "a"), ("nfc", "a")]:
    try:
        unicodedata.normalize(*bad)
    except ValueError as e:
        print("ValueError", e)
for args in [("ab",), (5,)]:
    try:
        unicodedata.decomposition(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    unicodedata.category("ab")
except TypeError as e:
    print("TypeError", e)
