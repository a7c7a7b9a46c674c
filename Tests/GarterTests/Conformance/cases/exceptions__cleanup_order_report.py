events = []
class Step:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        events.append(f"start {self.name}")
        if self.fail:
            raise RuntimeError(f"{self.name} could not start")
        return self
    def __exit__(self, et, ev, tb):
        events.append(f"stop {self.name}" + (f" ({et.__name__})" if et else ""))
        return False
def pipeline(fail_at):
    try:
        with Step("fetch"):
            with Step("parse", fail=(fail_at == "parse")):
                with Step("store"):
                    if fail_at == "store":
                        raise IOError("disk full")
                    events.append("work done")
    except (RuntimeError, OSError) as e:
        events.append(f"pipeline failed: {type(e).__name__}: {e}")
    else:
        events.append("pipeline ok")
    finally:
        events.append("---")
for f in [None, "parse", "store"]:
    pipeline(f)
print("\n".join(events))
