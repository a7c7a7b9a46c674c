import string
from string import Template
rows = [("widget", 3, 4.5), ("gadget", 10, 12.25), ("doohickey", 1, 99.99)]
line = Template("| $name | $qty | $$$price |")
for name, qty, price in rows:
    print(line.substitute(name=name.ljust(10), qty=str(qty).rjust(3), price=f"{price:8.2f}"))
email = Template("""Hi ${first},

Your ${plan} plan renews on $date for $$${amount}.
Reply STOP to cancel.""")
print(email.safe_substitute(first="Ann", plan="Pro", amount="49.00"))
slug = "".join(c if c in string.ascii_lowercase + string.digits else "-" for c in "Hello, World! 2024 Edition".lower()).strip("-")
while "--" in slug:
    slug = slug.replace("--", "-")
print(slug)
print(string.capwords("hello   wide\tworld"), "|" + string.whitespace.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("\x0b", "\\v").replace("\x0c", "\\f") + "|")
f = string.Formatter()
print(f.format("{0}-{name}-{0}", 1, name="x"), f.format("{:>5}", "r"))
