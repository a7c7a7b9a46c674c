from statistics import NormalDist
iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 12), round(iq.inv_cdf(0.95), 9), round(iq.pdf(100), 12))
print([round(q, 6) for q in iq.quantiles()], [round(q, 6) for q in iq.quantiles(5)])
print(round(iq.overlap(NormalDist(110, 10)), 12), iq.zscore(85))
print(iq + 10, iq * 2, iq - NormalDist(5, 20), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(1, 2) == NormalDist(1, 2), [round(x, 9) for x in NormalDist(0, 1).samples(3, seed=42)])
