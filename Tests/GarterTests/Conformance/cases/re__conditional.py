import re

# optional angle brackets must be balanced
email = re.compile(r"^(<)?[\w.]+@\w+\.\w+(?(1)>)$")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    print(s, bool(email.match(s)))

# quoted or unquoted values
val = re.compile(r"""(?P<q>['"])?(?P<v>(?(q)[^'"]*|\w+))(?(q)(?P=q))""")
for s in ['"hello world"', "'x y'", "plain", '"mismatch\'']:
    m = val.match(s)
    print(s, m.group("v") if m else None, m.span() if m else None)

# conditional with named group and else-branch
phone = re.compile(r"(?P<paren>\()?\d{3}(?(paren)\)|-)\d{4}")
for s in ["(555)1234", "555-1234", "(555-1234", "5551234"]:
    print(s, bool(phone.fullmatch(s)))

print(re.findall(r"(a)?(?(1)b|c)", "ab c ac b"))
print(re.match(r"(?:(x)|y)(?(1)1|2)", "y2").groups())
