from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future, ProcessPoolExecutor
import concurrent.futures
def work(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    futures = {ex.submit(work, i): i for i in range(5)}
    results = {}
    for fut in as_completed(futures):
        i = futures[fut]
        try: results[i] = fut.result()
        except ValueError as e: results[i] = str(e)
print(sorted(results.items()))
with ThreadPoolExecutor() as ex:
    print(list(ex.map(lambda a, b: a + b, [1, 2], [10, 20])))
    f = ex.submit(pow, 2, 10); print(f.result(), f.done(), f.exception())
done, not_done = wait([ex.submit(work, 1) for ex in [ThreadPoolExecutor()]])
print(len(done), len(not_done))
with ProcessPoolExecutor() as ex:
    print(sorted(ex.map(work, [1, 2])))
fut = Future(); fut.add_done_callback(lambda f: print("cb", f.result())); fut.set_result(5)
try: ThreadPoolExecutor(max_workers=0)
except ValueError as e: print(e)
print(concurrent.futures.ALL_COMPLETED)
