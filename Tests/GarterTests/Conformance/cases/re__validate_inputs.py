import re

validators = {
    "username": re.compile(r"[a-z][a-z0-9_]{2,15}"),
    "zip": re.compile(r"\d{5}(?:-\d{4})?"),
    "phone": re.compile(r"\+?1?[ -]?\(?\d{3}\)?[ -]?\d{3}-?\d{4}"),
    "hex_color": re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}"),
    "ipv4": re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"),
    "time24": re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"),
    "iso_date": re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"),
}

samples = {
    "username": ["alice", "a1", "bob_smith", "9lives", "x" * 17, "carol_"],
    "zip": ["12345", "12345-6789", "1234", "123456", "12345-678"],
    "phone": ["555-123-4567", "(555) 123-4567", "+1 555 123 4567", "5551234567", "555-1234"],
    "hex_color": ["#fff", "#A0b1C2", "#abcd", "fff", "#12345g"],
    "ipv4": ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "10.0.0.10"],
    "time24": ["00:00", "23:59:59", "24:00", "7:30", "12:60"],
    "iso_date": ["2024-02-29", "2024-13-01", "2024-00-10", "2024-12-31", "2024-1-1"],
}

for name, values in samples.items():
    pat = validators[name]
    ok = [v for v in values if pat.fullmatch(v)]
    bad = [v for v in values if not pat.fullmatch(v)]
    print(f"{name:10} ok={ok} bad={bad}")

# match() only anchors at the start; fullmatch anchors both ends
print(bool(re.match(r"\d+", "123abc")), bool(re.fullmatch(r"\d+", "123abc")))
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"(?:ab)*?", "abab").span())
print(validators["zip"].fullmatch("xx12345yy", 2, 7))
