import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(isinstance(t0, float), t0 > 1.6e9)
print(time.monotonic() - m0 >= 0.005, time.perf_counter() - p0 >= 0.005)
print(isinstance(time.time_ns(), int), time.monotonic_ns() > 0, isinstance(time.perf_counter_ns(), int))
print(time.process_time() >= 0, type(time.localtime()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
