import random
r = random.Random(1)
print(round(r.gauss(0, 1), 12), round(r.gauss(10, 2), 12))
print(round(r.normalvariate(5, 1), 12), round(r.expovariate(1.5), 12), round(r.triangular(0, 10, 3), 12))
print(round(r.betavariate(2, 5), 12), round(r.gammavariate(2.0, 1.0), 12), round(r.lognormvariate(0, 0.5), 12))
print(round(r.paretovariate(3), 12), round(r.weibullvariate(1, 1.5), 12), round(r.vonmisesvariate(0, 4), 12))
print(r.randbytes(6))
