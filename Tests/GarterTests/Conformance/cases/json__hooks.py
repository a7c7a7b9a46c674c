import json
from collections import OrderedDict, namedtuple

doc = '{"b": 1, "a": {"y": 2.50, "x": [1, 2.0]}, "c": 12345678901234567890}'
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: s.lower()))
seen = []
def hook(d):
    seen.append(sorted(d))
    return {k.upper(): v for k, v in d.items()}
print(json.loads(doc, object_hook=hook), seen)
Rec = namedtuple("Rec", "id name")
rows = json.loads('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]', object_hook=lambda d: Rec(**d))
print(rows, rows[1].name)
dec = json.JSONDecoder(object_pairs_hook=dict)
print(dec.decode('{"z": 1}'))
print(dec.raw_decode('{"a": 1} trailing text'))
print(json.JSONDecoder().raw_decode('[1, 2]   [3]', 0))
print(json.loads('{"v": 1.5}', parse_float=float), json.loads('7', parse_int=float))
