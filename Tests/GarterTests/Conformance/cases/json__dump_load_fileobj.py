import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

out = Sink()
json.dump({"a": [1, 2], "b": "x"}, out, indent=1)
print(out.getvalue())
print(json.load(Source(out.getvalue())))
print(json.load(Source('[1, {"k": null}]'), object_pairs_hook=lambda p: dict(reversed(p))))
