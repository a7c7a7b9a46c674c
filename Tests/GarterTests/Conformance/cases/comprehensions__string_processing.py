text = "Hello World, this Is A Test of Comprehensions"
print([w for w in text.split() if w[0].isupper()])
print("".join(c for c in text if c.isupper()))
print({w.lower().strip(","): i for i, w in enumerate(text.split())})
print([w[::-1] for w in text.split() if len(w) > 4])
print(" ".join(w.capitalize() for w in text.lower().split()))
csv = "a=1;b=2;c=3;bad;d=4"
print({k: int(v) for k, _, v in (p.partition("=") for p in csv.split(";")) if v})
