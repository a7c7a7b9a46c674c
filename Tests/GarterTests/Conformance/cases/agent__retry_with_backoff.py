class TransientError(Exception):
    pass

class PermanentError(Exception):
    pass

def make_flaky_service(script):
    calls = {"n": 0}
    def call(payload):
        i = calls["n"]
        calls["n"] += 1
        outcome = script[i] if i < len(script) else "ok"
        if outcome == "transient":
            raise TransientError(f"timeout on call {i + 1}")
        if outcome == "permanent":
            raise PermanentError(f"bad request on call {i + 1}")
        return {"status": "ok", "echo": payload, "calls": calls["n"]}
    return call

def retry(fn, payload, max_attempts=5, base_delay=0.5, factor=2.0, max_delay=4.0):
    delay = base_delay
    waited = 0.0
    for attempt in range(1, max_attempts + 1):
        try:
            result = fn(payload)
            print(f"  attempt {attempt}: success after waiting {waited:.1f}s total")
            return result
        except TransientError as e:
            if attempt == max_attempts:
                print(f"  attempt {attempt}: {e}; giving up")
                raise RuntimeError(f"failed after {attempt} attempts") from e
            print(f"  attempt {attempt}: {e}; sleeping {delay:.1f}s")
            waited += delay
            delay = min(delay * factor, max_delay)
        except PermanentError as e:
            print(f"  attempt {attempt}: permanent failure: {e}")
            raise

scenarios = {
    "clean": [],
    "two blips": ["transient", "transient"],
    "hard fail": ["transient", "permanent"],
    "exhausted": ["transient"] * 10,
}
for name, script in scenarios.items():
    print(f"scenario: {name}")
    svc = make_flaky_service(script)
    try:
        res = retry(svc, {"job": name})
        print("  result:", res)
    except RuntimeError as e:
        print("  RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    except PermanentError as e:
        print("  PermanentError propagated:", e)
