# Sorting 100k dict records by two keys: a tuple key (dept ascending, salary
# descending), two stable passes with reverse=, and sorted() of tuples.

DEPTS = ["eng", "sales", "ops", "legal", "hr", "finance", "support", "research"]


def make_records(n, seed):
    x = seed
    records = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        records.append({
            "id": i,
            "name": "emp%05d" % ((x >> 20) % 100000),
            "dept": DEPTS[(x >> 33) % len(DEPTS)],
            "salary": 30_000 + (x >> 40) % 170_000,
            "age": 20 + (x >> 12) % 45,
        })
    return records


def checksum(records):
    c = 0
    for pos, r in enumerate(records):
        c = (c * 31 + r["id"] * (pos + 1)) % 1000000007
    return c


def main():
    records = make_records(100_000, 7)
    by_dept_salary = sorted(records, key=lambda r: (r["dept"], -r["salary"], r["id"]))
    print("tuple key:", checksum(by_dept_salary))

    two_pass = list(records)
    two_pass.sort(key=lambda r: r["age"], reverse=True)
    two_pass.sort(key=lambda r: r["name"])
    print("two passes:", checksum(two_pass))

    tuples = sorted((r["salary"], r["name"], r["id"]) for r in records)
    print("tuples:", tuples[0], tuples[-1], checksum([records[t[2]] for t in tuples]))
    top = by_dept_salary[0]
    print("top:", top["dept"], top["name"], top["salary"])


main()
