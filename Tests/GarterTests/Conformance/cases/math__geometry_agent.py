import math

def polygon_area(points):
    area = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        area += x1 * y2 - x2 * y1
    return abs(area) / 2

def perimeter(points):
    return math.fsum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))

def haversine(lat1, lon1, lat2, lon2, r=6371.0):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))

square = [(0, 0), (4, 0), (4, 4), (0, 4)]
tri = [(0, 0), (3, 0), (0, 4)]
hexagon = [(math.cos(math.pi / 3 * k), math.sin(math.pi / 3 * k)) for k in range(6)]
for name, pts in [("square", square), ("triangle", tri), ("hexagon", hexagon)]:
    print(f"{name}: area={polygon_area(pts):.6f} perimeter={perimeter(pts):.6f}")
cities = {"Paris": (48.8566, 2.3522), "London": (51.5074, -0.1278), "NYC": (40.7128, -74.0060), "Tokyo": (35.6762, 139.6503)}
names = sorted(cities)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        d = haversine(*cities[a], *cities[b])
        print(f"{a:>6} -> {b:<6} {d:10.1f} km")
angle = math.degrees(math.atan2(4, 3))
print(f"angle {angle:.4f} deg, back {math.tan(math.radians(angle)):.6f}")
