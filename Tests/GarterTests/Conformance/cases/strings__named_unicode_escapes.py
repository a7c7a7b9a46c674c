"""Named Unicode escapes (`\\N{...}`) in str and f-string literals, left alone in bytes and raw
literals; the module docstring."""
import unicodedata
print(__doc__)
def f():
    return max(1, 5), __doc__
print(f())
print("\N{BULLET} \N{em dash} \N{GREEK SMALL LETTER ALPHA}\N{LATIN CAPITAL LETTER A WITH GRAVE}")
print("\N{GRINNING FACE}", "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GAG}", len("\N{VARIATION SELECTOR-17}"))
print(f"{1}\N{BULLET}{2:>3}\N{DEGREE SIGN}", rf"\N{{x}}", b"\N{BULLET}", r"\N{BULLET}")
print(unicodedata.lookup("bullet"), unicodedata.lookup("VARIATION SELECTOR-17") == "\U000E0100")
print("\N{LATIN SMALL LETTER A}" == "a", "\\N{BULLET}")
