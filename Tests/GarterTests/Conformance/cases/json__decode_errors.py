import json
bad = ['', '   ', '{', '[', '{"a" 1}', '{"a": 1,}', '[1, 2,]', '[1 2]', '{"a": 1 "b": 2}', "{'a': 1}",
       '{"a": }', '"unterminated', '"bad \\x escape"', '"bad \\u12G4"', '[1] [2]', 'nul', 'tru', 'True',
       '01', '1.', '.5', '-', '+1', '[1,\n 2,\n ]', '{"a":\n  [1,\n   2\n  }', '"tab\there"', '"\u00e9\u00e9" x',
       '{"k": "v"}\n\n  extra', '[1.5e]', '{"a": [1, {"b": nil}]}', '\ufeff[1]', '1e5x', '[' * 3]
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "OK?")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, "|", e.lineno, e.colno, e.pos, "|", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
