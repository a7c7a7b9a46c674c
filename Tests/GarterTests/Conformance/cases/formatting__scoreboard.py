scores = {"alice": [88, 92, 79], "bob": [65, 70, 81.5], "carol": [100, 98, 99], "dan": [50, 45.5, 60]}
ranked = sorted(scores.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))
print(f"{'#':>2} {'player':<8} {'avg':>7} {'best':>5} {'scores'}")
for i, (name, s) in enumerate(ranked, 1):
    avg = sum(s) / len(s)
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(i, "")
    print(f"{i:>2} {name.title():<8} {avg:>7.2f} {max(s):>5} {', '.join(f'{x:g}' for x in s):<18} {medal}")
print("%-8s|%6.1f|" % ("mean", sum(sum(s) for s in scores.values()) / 12))
print("{:=^30}".format(" end "))
