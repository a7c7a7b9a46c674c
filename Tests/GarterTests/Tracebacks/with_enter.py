class M:
    def __enter__(self):
        raise ValueError("x")
    def __exit__(self, *a): pass
with M() as m:
    pass
