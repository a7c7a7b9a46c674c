words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print(max(groups.values(), key=len))
print([g for g in groups.values() if len(g) == 1])
