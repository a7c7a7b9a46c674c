class TransientError(Exception):
    pass
attempts_log = []
def flaky(counter=[0]):
    counter[0] += 1
    attempts_log.append(counter[0])
    if counter[0] < 3:
        raise TransientError(f"attempt {counter[0]} failed")
    return f"succeeded on attempt {counter[0]}"
def with_retry(fn, max_tries=5):
    last = None
    for i in range(1, max_tries + 1):
        try:
            return fn()
        except TransientError as e:
            last = e
            print(f"  try {i}: {e}; retrying")
    raise RuntimeError("gave up") from last
print(with_retry(flaky))
print(attempts_log)
def always_fail():
    raise TransientError("nope")
try:
    with_retry(always_fail, 2)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
