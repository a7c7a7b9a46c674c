import json
docs = ['{"naïve": "café", "x": }', '["日本", "語", 1 2]', '{"emoji": "😀😀", oops}', 'é']
for d in docs:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno, repr(d[e.pos:e.pos + 3]))
