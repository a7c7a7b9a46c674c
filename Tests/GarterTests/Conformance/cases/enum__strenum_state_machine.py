from enum import Enum, StrEnum, auto
class State(StrEnum):
    DRAFT = auto()
    REVIEW = auto()
    PUBLISHED = "live"
TRANSITIONS = {
    State.DRAFT: {State.REVIEW},
    State.REVIEW: {State.DRAFT, State.PUBLISHED},
    State.PUBLISHED: set(),
}
def advance(state, target):
    if target not in TRANSITIONS[state]:
        raise ValueError(f"cannot move from {state} to {target}")
    return target
s = State.DRAFT
for step in ["review", "live"]:
    s = advance(s, State(step))
    print("now", s, repr(s), s.upper(), s == step)
try:
    advance(s, State.DRAFT)
except ValueError as e:
    print(e)
print([str(x) for x in State], State("draft") is State.DRAFT, "-".join(s.value for s in State))
