import re

template = """Dear {{ name }},
Your order #{{order_id}} of {{ qty }} x {{item}} ships on {{date}}.
Total: {{ total | money }}. Missing: {{ unknown }}. Literal: {{{{ not a var }}}}"""

context = {"name": "Alice", "order_id": 1042, "qty": 3, "item": "widget", "date": "2024-05-01", "total": 59.9}

FILTERS = {
    "money": lambda v: f"${v:,.2f}",
    "upper": lambda v: str(v).upper(),
}

missing = []

def render_var(m):
    expr = m.group(1).strip()
    name, _, filt = expr.partition("|")
    name = name.strip()
    if name not in context:
        missing.append(name)
        return m.group(0)
    value = context[name]
    if filt.strip():
        value = FILTERS[filt.strip()](value)
    return str(value)

out = re.sub(r"\{\{(?!\{)\s*([^{}]+?)\s*\}\}", render_var, template)
print(out)
print("missing:", missing)

# $var and ${var} style
s = "Hello $user, your balance is ${balance}. $$ is a dollar. $missing stays."
vars_ = {"user": "bob", "balance": "12.50"}
def dollar(m):
    if m.group(0) == "$$":
        return "$"
    name = m.group(1) or m.group(2)
    return vars_.get(name, m.group(0))
print(re.sub(r"\$\$|\$\{(\w+)\}|\$(\w+)", dollar, s))

# counting replacements with subn and a stateful function
counter = {"n": 0}
def number(m):
    counter["n"] += 1
    return f"[{counter['n']}]{m.group()}"
text, n = re.subn(r"\bTODO\b", number, "TODO: fix. TODO: test. NOTTODO. TODO")
print(text, n, counter)
