import statistics
scores = {"math": [90, 85, 77], "art": [], "music": [60]}
for subject, values in scores.items():
    print(subject, statistics.mean(values))
