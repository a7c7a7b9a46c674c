import json
s = {"name": "Zoë", "city": "Zürich", "emoji": "😀🎉", "cjk": "日本語", "mixed": "a\u00e9\u2603\U0001F600z", "ctrl": "\x01\x1f"}
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps("\u2028\u2029"), json.dumps("\u2028", ensure_ascii=False) == '"\u2028"')
print(json.dumps(list("é€😀")))
back = json.loads(json.dumps(s))
print(back == s, back["emoji"], len(back["emoji"]))
print(json.loads('"\\u00e9\\u20ac\\ud83d\\ude00"'), json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"') == '/\b\f\n\r\t"\\')
print(json.loads('{"k\\u00e9y": "v\\u00e4l"}'))
