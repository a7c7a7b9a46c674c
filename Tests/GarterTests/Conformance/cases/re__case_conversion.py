import re

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

def snake_to_camel(name, upper_first=False):
    parts = re.split(r"_+", name.strip("_"))
    out = parts[0] + "".join(p.title() for p in parts[1:])
    return out[:1].upper() + out[1:] if upper_first else out

def kebab(name):
    return re.sub(r"[\s_]+|(?<=[a-z])(?=[A-Z])", "-", name).lower()

for n in ["camelCase", "CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake", "version2Update", "ABC"]:
    print(f"{n:22} {camel_to_snake(n)}")
for n in ["snake_case_name", "_private_var", "x", "multiple__underscores"]:
    print(f"{n:22} {snake_to_camel(n)} {snake_to_camel(n, True)}")
for n in ["Hello World", "someVariableName", "mixed_case Words"]:
    print(kebab(n))

def slugify(title):
    s = title.lower()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_-]+", "-", s)
    return re.sub(r"^-+|-+$", "", s)

for t in ["Hello, World!", "  Python 3.11: What's New?  ", "C'est la vie -- résumé", "___"]:
    print(repr(slugify(t)))
