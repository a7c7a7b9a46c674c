def run(inputs):
    state = "idle"
    log = []
    for inp in inputs:
        match (state, inp):
            case ("idle", "coin"):
                state = "ready"
            case ("ready", "push"):
                state = "vending"
            case ("vending", "take"):
                state = "idle"
                log.append("sold")
            case ("ready", "refund"):
                state = "idle"
                log.append("refunded")
            case (_, "kick"):
                log.append(f"kicked in {state}")
            case (s, i):
                log.append(f"ignored {i} in {s}")
    return state, log
print(run(["coin", "push", "take"]))
print(run(["push", "coin", "refund", "coin", "kick", "push", "take", "take"]))
