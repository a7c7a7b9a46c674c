SCHEMA = {
    "name": {"type": str, "required": True, "min_len": 2},
    "age": {"type": int, "required": True, "min": 0, "max": 150},
    "email": {"type": str, "required": False, "contains": "@"},
    "tags": {"type": list, "required": False, "item_type": str, "max_items": 3},
    "address": {"type": dict, "required": False, "schema": {
        "city": {"type": str, "required": True},
        "zip": {"type": str, "required": False, "min_len": 5},
    }},
}

def validate(obj, schema, path="$"):
    errors = []
    if not isinstance(obj, dict):
        return [f"{path}: expected object, got {type(obj).__name__}"]
    for key, rules in schema.items():
        p = f"{path}.{key}"
        if key not in obj:
            if rules.get("required"):
                errors.append(f"{p}: required")
            continue
        v = obj[key]
        t = rules["type"]
        if not isinstance(v, t) or (t is int and isinstance(v, bool)):
            errors.append(f"{p}: expected {t.__name__}, got {type(v).__name__}")
            continue
        if "min_len" in rules and len(v) < rules["min_len"]:
            errors.append(f"{p}: shorter than {rules['min_len']}")
        if "min" in rules and v < rules["min"]:
            errors.append(f"{p}: below {rules['min']}")
        if "max" in rules and v > rules["max"]:
            errors.append(f"{p}: above {rules['max']}")
        if "contains" in rules and rules["contains"] not in v:
            errors.append(f"{p}: must contain {rules['contains']!r}")
        if "item_type" in rules:
            for i, item in enumerate(v):
                if not isinstance(item, rules["item_type"]):
                    errors.append(f"{p}[{i}]: expected {rules['item_type'].__name__}")
        if "max_items" in rules and len(v) > rules["max_items"]:
            errors.append(f"{p}: more than {rules['max_items']} items")
        if "schema" in rules:
            errors.extend(validate(v, rules["schema"], p))
    for extra in sorted(set(obj) - set(schema)):
        errors.append(f"{path}.{extra}: unexpected field")
    return errors

docs = [
    {"name": "Ann", "age": 31, "email": "ann@x.io", "tags": ["a", "b"], "address": {"city": "Oslo", "zip": "01500"}},
    {"name": "B", "age": -3, "email": "nope"},
    {"age": True, "tags": ["x", 2, "y", "z"], "nickname": "zed"},
    {"name": "Cy", "age": 200, "address": {"zip": "12"}},
    {"name": "Dee", "age": 40, "address": "Paris"},
    "not a dict",
]
for i, d in enumerate(docs):
    errs = validate(d, SCHEMA)
    status = "valid" if not errs else f"{len(errs)} error(s)"
    print(f"doc {i}: {status}")
    for e in errs:
        print("   -", e)
