CSV = """id,name,email,age,signup_date
1,Ann Lee,ann@example.com,34,2023-01-15
2,Bob,bob_at_example.com,27,2023-02-30
3,,carol@example.com,41,2022-12-01
4,Dan Wu,dan@example.org,-5,2023-03-10
5,Eve Park,eve@example.net,29,2023-13-01
6,Fay,fay@example.com,abc,2023-04-22
7,Gus Ho,gus@example.com,52,2023-05-05
"""

DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

def valid_date(s):
    parts = s.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    y, m, d = (int(p) for p in parts)
    return 1 <= m <= 12 and 1 <= d <= DAYS[m - 1] and (m != 2 or d <= 28 or (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)))

def validate(row):
    errs = []
    if not row["name"].strip():
        errs.append("name is required")
    email = row["email"]
    if email.count("@") != 1 or "." not in email.split("@")[-1]:
        errs.append(f"invalid email {email!r}")
    try:
        age = int(row["age"])
        if not 0 < age < 130:
            errs.append(f"age out of range: {age}")
    except ValueError:
        errs.append(f"age not a number: {row['age']!r}")
    if not valid_date(row["signup_date"]):
        errs.append(f"bad date {row['signup_date']}")
    return errs

lines = CSV.strip().splitlines()
header = lines[0].split(",")
valid, invalid = [], []
for n, line in enumerate(lines[1:], start=2):
    row = dict(zip(header, line.split(",")))
    errs = validate(row)
    (invalid if errs else valid).append((n, row, errs))

print(f"{len(valid)} valid, {len(invalid)} invalid of {len(lines) - 1} rows")
for n, row, _ in valid:
    print(f"  ok   line {n}: {row['name']} <{row['email']}> age {row['age']}")
for n, row, errs in invalid:
    print(f"  FAIL line {n} (id={row['id']}): " + "; ".join(errs))
error_kinds = {}
for _, _, errs in invalid:
    for e in errs:
        kind = e.split()[0] + " " + e.split()[1]
        error_kinds[kind] = error_kinds.get(kind, 0) + 1
print("error kinds:", dict(sorted(error_kinds.items())))
