TRANSITIONS = {
    "created": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded", "cancel": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "lost": {"refund": "refunded", "find": "shipped"},
    "delivered": {"return": "returned"},
    "returned": {"refund": "refunded"},
    "refunded": {},
    "cancelled": {},
}

class InvalidTransition(Exception):
    pass

class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = "created"
        self.history = [("init", "created")]
    def apply(self, event):
        allowed = TRANSITIONS[self.state]
        if event not in allowed:
            raise InvalidTransition(f"order {self.oid}: cannot '{event}' when {self.state} (allowed: {', '.join(sorted(allowed)) or 'none'})")
        self.state = allowed[event]
        self.history.append((event, self.state))
        return self
    @property
    def terminal(self):
        return not TRANSITIONS[self.state]

scripts = {
    "A1": ["pay", "ship", "deliver"],
    "A2": ["pay", "ship", "lose", "find", "deliver", "return", "refund"],
    "A3": ["cancel", "pay"],
    "A4": ["ship"],
    "A5": ["pay", "refund", "refund"],
}
final_states = {}
for oid, events in scripts.items():
    order = Order(oid)
    for ev in events:
        try:
            order.apply(ev)
        except InvalidTransition as e:
            print("!!", e)
            break
    path = " -> ".join(s for _, s in order.history)
    print(f"{oid}: {path}  [terminal={order.terminal}]")
    final_states[oid] = order.state
counts = {}
for s in final_states.values():
    counts[s] = counts.get(s, 0) + 1
print("final state counts:", dict(sorted(counts.items())))
reachable = {"created"}
frontier = ["created"]
while frontier:
    s = frontier.pop()
    for nxt in TRANSITIONS[s].values():
        if nxt not in reachable:
            reachable.add(nxt)
            frontier.append(nxt)
print("reachable states:", sorted(reachable))
print("terminal states:", sorted(s for s, t in TRANSITIONS.items() if not t))
