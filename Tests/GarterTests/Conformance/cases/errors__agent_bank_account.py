# common "inventory/bank" style agent programs with custom exceptions and tracebacks
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id; Account._next_id += 1
        self.owner, self._balance = owner, balance
        self._history: list[tuple[str, float]] = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt; self._history.append(("dep", amt)); return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self._history.append(("wd", amt)); return self
    def __repr__(self): return f"Account(id={self.id}, owner={self.owner!r}, balance={self._balance:.2f})"
    def __str__(self): return f"#{self.id} {self.owner}: ${self._balance:,.2f}"
a = Account("ann", 100).deposit(50.5)
print(a, repr(a))
try: a.withdraw(1000)
except InsufficientFunds as e: print("error:", e, e.needed, e.args)
try: a.deposit(-1)
except ValueError as e: print(f"{type(e).__name__}: {e}")
try: a.balance = 5
except AttributeError as e: print(e)
b = Account("bob")
accounts = sorted([a, b], key=lambda x: x.balance, reverse=True)
print(accounts, sum(x.balance for x in accounts))
print(a._history, vars(b))
b.withdraw(10)
