def read(rows):
    for r in rows:
        yield r["value"] * 2
def total(rows):
    return sum(read(rows))
print(total([{"value": 1}]))
print(total([{"value": 1}, {"val": 2}]))
