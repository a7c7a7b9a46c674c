import io
import json

data = {"name": "report", "items": [1, 2.5, None, True], "nested": {"k": "v"}}
buf = io.StringIO()
json.dump(data, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == data)

buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO('[1, {"a": "b"}]')))
try:
    json.load(io.StringIO("{bad"))
except json.JSONDecodeError as e:
    print("error:", e)
