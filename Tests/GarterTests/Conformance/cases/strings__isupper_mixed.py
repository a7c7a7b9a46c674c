for s in ["ABC", "AbC", "ABC1", "123", "", "A B", "Σ", "ǅ"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.upper(), s.lower())
