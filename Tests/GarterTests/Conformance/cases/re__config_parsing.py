import re

CONFIG = """
; global settings
[server]
host = 0.0.0.0
port=8080   ; inline comment
debug = true

[database]
url = "postgres://user:p;ss@db:5432/app"
pool_size = 10
timeout = 2.5
# another comment style
[empty]
[paths]
root = /var/www
static = ${root}/static
bad line without equals
"""

SECTION = re.compile(r"^\s*\[([^\]]+)\]\s*$")
PAIR = re.compile(r"""^\s*([\w.-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;#]*?)\s*(?:[;#].*)?$""")
COMMENT = re.compile(r"^\s*(?:[;#].*)?$")

config = {}
section = None
errors = []
for n, line in enumerate(CONFIG.split("\n"), 1):
    if COMMENT.match(line):
        continue
    if m := SECTION.match(line):
        section = m.group(1).strip()
        config[section] = {}
        continue
    if m := PAIR.match(line):
        key, value = m.groups()
        if value.startswith('"'):
            value = value[1:-1]
        elif re.fullmatch(r"-?\d+", value):
            value = int(value)
        elif re.fullmatch(r"-?\d*\.\d+", value):
            value = float(value)
        elif re.fullmatch(r"(?i)true|false", value):
            value = value.lower() == "true"
        config[section][key] = value
        continue
    errors.append((n, line))

def interpolate(sec):
    for k, v in sec.items():
        if isinstance(v, str):
            sec[k] = re.sub(r"\$\{(\w+)\}", lambda m: str(sec.get(m.group(1), m.group(0))), v)

for name, sec in config.items():
    interpolate(sec)
    print(name, sec)
print("errors:", errors)
