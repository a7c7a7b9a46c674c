import re

SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$"
)

def key(v):
    m = SEMVER.match(v)
    pre = m.group("pre")
    pre_key = (1,) if pre is None else (0,) + tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return (int(m["major"]), int(m["minor"]), int(m["patch"]), pre_key)

versions = ["1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2",
            "1.0.0-rc.1+build.5", "0.9.12", "1.10.0", "1.2.0", "01.2.3", "1.2", "1.2.3-"]
valid = [v for v in versions if SEMVER.match(v)]
print("invalid:", [v for v in versions if not SEMVER.match(v)])
print(sorted(valid, key=key))
print(SEMVER.match("1.0.0-rc.1+build.5").groupdict())

req = "requests>=2.28,<3.0; python_version >= '3.8'"
print(re.findall(r"([<>=!~]=?|==)\s*([\d.]+)", req))
print(re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)", req).group(1))
