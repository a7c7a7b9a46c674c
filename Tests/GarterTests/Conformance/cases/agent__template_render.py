TEMPLATE = """Hello {{ user.name }}!
You have {{ count }} new {{ noun }}.
{% for item in items %}- {{ item }}
{% endfor %}Your plan: {{ user.plan | upper }} (renews {{ user.renew | default:never }})
Missing: [{{ nothing.here }}]"""

def lookup(ctx, expr):
    expr = expr.strip()
    filt = None
    if "|" in expr:
        expr, filt = [p.strip() for p in expr.split("|", 1)]
    cur = ctx
    for part in expr.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            cur = None
            break
    if filt:
        name, _, arg = filt.partition(":")
        if name == "upper" and cur is not None:
            cur = str(cur).upper()
        elif name == "default" and cur in (None, ""):
            cur = arg
    return "" if cur is None else str(cur)

def render(tpl, ctx):
    out = []
    i = 0
    while i < len(tpl):
        if tpl.startswith("{%", i):
            end = tpl.index("%}", i)
            tag = tpl[i + 2:end].split()
            if tag[0] == "for":
                var, seq = tag[1], tag[3]
                close = tpl.index("{% endfor %}", end)
                body = tpl[end + 2:close]
                for v in ctx.get(seq, []):
                    out.append(render(body, dict(ctx, **{var: v})))
                i = close + len("{% endfor %}")
                continue
        if tpl.startswith("{{", i):
            end = tpl.index("}}", i)
            out.append(lookup(ctx, tpl[i + 2:end]))
            i = end + 2
            continue
        out.append(tpl[i])
        i += 1
    return "".join(out)

contexts = [
    {"user": {"name": "Ann", "plan": "pro", "renew": "2025-01-01"}, "count": 3, "noun": "messages", "items": ["invoice", "reminder", "newsletter"]},
    {"user": {"name": "Bob", "plan": "free"}, "count": 0, "noun": "alerts", "items": []},
]
for ctx in contexts:
    print(render(TEMPLATE, ctx))
    print("-" * 30)
