readings = [12.5, 13.1, 11.8, 14.2, 15.0, 9.9, 13.3, 12.0, 16.4, 10.1]
mn = mx = readings[0]
total = 0.0
for i, r in enumerate(readings, 1):
    total += r
    mn = min(mn, r)
    mx = max(mx, r)
    print(f"#{i:02d} r={r:5.1f} avg={total / i:7.3f} min={mn} max={mx}")
window = 3
mov = [round(sum(readings[i:i + window]) / window, 3) for i in range(len(readings) - window + 1)]
print(mov)
