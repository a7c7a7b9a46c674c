transitions = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
state = "red"
t = 0
timeline = []
while t < 15:
    nxt, dur = transitions[state]
    timeline.append(f"t={t:02d} {state}")
    t += dur
    state = nxt
print("\n".join(timeline))
