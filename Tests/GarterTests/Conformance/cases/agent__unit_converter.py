LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0}
TABLES = {"length": LENGTH, "mass": MASS}

class ConversionError(Exception):
    pass

def kind_of(unit):
    for kind, table in TABLES.items():
        if unit in table:
            return kind
    if unit in ("C", "F", "K"):
        return "temperature"
    raise ConversionError(f"unknown unit {unit!r}")

def convert_temp(v, src, dst):
    c = v if src == "C" else (v - 32) * 5 / 9 if src == "F" else v - 273.15
    if dst == "C":
        return c
    if dst == "F":
        return c * 9 / 5 + 32
    return c + 273.15

def convert(value, src, dst):
    ks, kd = kind_of(src), kind_of(dst)
    if ks != kd:
        raise ConversionError(f"cannot convert {ks} ({src}) to {kd} ({dst})")
    if ks == "temperature":
        return convert_temp(value, src, dst)
    table = TABLES[ks]
    return value * table[src] / table[dst]

def parse_request(req):
    parts = req.split()
    if len(parts) != 4 or parts[2] != "to":
        raise ConversionError(f"cannot parse {req!r}")
    return float(parts[0]), parts[1], parts[3]

requests = ["5 km to mi", "26.2 mi to km", "12 in to cm", "6 ft to m", "1 t to lb", "16 oz to lb",
            "100 C to F", "-40 F to C", "0 K to C", "3 kg to m", "5 furlongs to m", "ten m to cm", "2.5 m to m"]
for req in requests:
    try:
        v, s, d = parse_request(req)
        r = convert(v, s, d)
        print(f"{req:<16} = {r:.4g} {d}  ({r!r})")
    except ConversionError as e:
        print(f"{req:<16} ! {e}")
    except ValueError as e:
        print(f"{req:<16} ! bad number: {e}")
print(round(convert(convert(10, "km", "mi"), "mi", "km"), 12))
