import re

raw = ["(555) 123-4567", "555.123.4567", "+1-555-123-4567", "1 555 123 4567", "5551234567", "123-4567", "+44 20 7946 0958"]

def normalize(p):
    digits = re.sub(r"\D", "", p)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", digits)

for p in raw:
    print(f"{p:18} -> {normalize(p)}")

text = "Call 555-123-4567 or (555) 987-6543; fax 555.000.1111. Not: 12-34."
print(re.findall(r"\(?\b\d{3}\)?[-. ]?\d{3}[-.]\d{4}\b", text))
print(re.sub(r"\d(?=\d{4})", "*", "4111111111111111"))
print(re.sub(r"(?<=\d{4})\d(?=\d{4})", "#", "4111222233334444"))
