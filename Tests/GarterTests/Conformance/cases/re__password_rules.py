import re

RULES = [
    ("length 8-64", r"^.{8,64}$"),
    ("lowercase", r"^(?=.*[a-z])"),
    ("uppercase", r"^(?=.*[A-Z])"),
    ("digit", r"^(?=.*\d)"),
    ("symbol", r"^(?=.*[^\w\s])"),
    ("no spaces", r"^\S*$"),
    ("no triple repeat", r"^(?!.*(.)\1\1)"),
]
STRONG = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*(.)\1\1)\S{8,64}$")

for pw in ["password", "Passw0rd!", "Sh0rt!", "NoDigits!!", "aaaBBB111!!!", "Valid#Pass123", "with space 1A!", "Ünïcode1!x"]:
    failed = [name for name, rule in RULES if not re.search(rule, pw)]
    print(f"{pw!r:18} strong={bool(STRONG.match(pw))} failed={failed}")
