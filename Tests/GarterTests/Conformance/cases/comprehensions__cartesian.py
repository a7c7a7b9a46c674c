colors = ["red", "green"]
sizes = ["S", "M", "L"]
print([f"{c}-{s}" for c in colors for s in sizes])
print([(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c])
print(len([1 for a in range(10) for b in range(10) if a != b]))
