messages = [
    "Contact me at jane.doe@example.com or 555-123-4567 after 5pm.",
    "My card is 4111 1111 1111 1111, exp 12/26. Don't share!",
    "SSN 123-45-6789 belongs to John; his email: JOHN@Corp.IO.",
    "No personal data here, just order #A-1009 for 3 items.",
    "Call +1 (555) 987 6543 or write to support@help.desk.org",
]

def is_email(tok):
    core = tok.strip(".,;:!?()")
    if core.count("@") != 1:
        return False
    user, domain = core.split("@")
    return bool(user) and "." in domain and not domain.startswith(".")

def redact_emails(text):
    out = []
    found = 0
    for tok in text.split(" "):
        if is_email(tok):
            core = tok.strip(".,;:!?()")
            user, domain = core.split("@")
            masked = user[0] + "***@" + domain.lower()
            out.append(tok.replace(core, masked))
            found += 1
        else:
            out.append(tok)
    return " ".join(out), found

def redact_digit_runs(text, min_digits=9):
    out = []
    i = 0
    found = 0
    while i < len(text):
        if text[i].isdigit() or (text[i] in "+(" and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            digits = 0
            last_digit = i
            while j < len(text) and (text[j].isdigit() or text[j] in " -()+"):
                if text[j].isdigit():
                    digits += 1
                    last_digit = j
                j += 1
            if digits >= min_digits:
                span = text[i:last_digit + 1]
                kept = "".join(c for c in span if c.isdigit())[-4:]
                out.append(f"[REDACTED ...{kept}]")
                found += 1
                i = last_digit + 1
                continue
            out.append(text[i:last_digit + 1] if last_digit >= i else text[i])
            i = max(last_digit + 1, i + 1)
            continue
        out.append(text[i])
        i += 1
    return "".join(out), found

totals = {"emails": 0, "numbers": 0}
for m in messages:
    step1, e = redact_emails(m)
    step2, n = redact_digit_runs(step1)
    totals["emails"] += e
    totals["numbers"] += n
    print("IN :", m)
    print("OUT:", step2)
    print()
print("redaction totals:", totals)
