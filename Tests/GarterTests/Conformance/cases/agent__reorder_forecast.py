history = {
    "bolts": [120, 135, 128, 140, 150, 160, 155, 170],
    "nuts": [80, 78, 82, 79, 81, 80, 83, 79],
    "gears": [10, 12, 9, 30, 11, 10, 13, 12],
    "springs": [5, 8, 13, 21, 34, 55, 89, 144],
}
stock = {"bolts": 300, "nuts": 400, "gears": 25, "springs": 150}
lead_time_weeks = {"bolts": 2, "nuts": 1, "gears": 3, "springs": 2}

def moving_avg(xs, n):
    return sum(xs[-n:]) / n

def trend(xs):
    n = len(xs)
    mx = (n - 1) / 2
    my = sum(xs) / n
    num = sum((i - mx) * (y - my) for i, y in enumerate(xs))
    den = sum((i - mx) ** 2 for i in range(n))
    return num / den

def stdev(xs):
    m = sum(xs) / len(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5

print(f"{'item':<8}{'ma4':>8}{'trend':>8}{'sd':>8}{'fcst':>8}{'need':>8}{'stock':>7}  action")
for item, xs in history.items():
    ma = moving_avg(xs, 4)
    tr = trend(xs)
    sd = stdev(xs)
    forecast = max(ma + tr, 0)
    lt = lead_time_weeks[item]
    safety = 1.65 * sd * lt ** 0.5
    need = forecast * lt + safety
    on_hand = stock[item]
    if on_hand < need:
        qty = int(-(-(need * 2 - on_hand) // 10) * 10)
        action = f"ORDER {qty}"
    elif on_hand > need * 4:
        action = "overstocked"
    else:
        action = "ok"
    print(f"{item:<8}{ma:>8.1f}{tr:>8.2f}{sd:>8.2f}{forecast:>8.1f}{need:>8.1f}{on_hand:>7}  {action}")
spikes = {item: [i for i, x in enumerate(xs) if x > 2 * (sum(xs) / len(xs))] for item, xs in history.items()}
print("spike weeks:", {k: v for k, v in spikes.items() if v})
growth = {item: f"{(xs[-1] / xs[0] - 1):+.0%}" for item, xs in history.items()}
print("growth first->last:", growth)
