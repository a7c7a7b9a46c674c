def read_records(lines):
    for ln in lines:
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        name, _, value = ln.partition("=")
        yield name.strip(), value.strip()
def to_config(lines):
    cfg = {}
    for k, v in read_records(lines):
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        cfg[k] = v
    return cfg
text = """
# comment
name = demo
port = 8080
debug = True
empty =
  spaced   =   value with spaces
"""
print(to_config(text.splitlines()))
