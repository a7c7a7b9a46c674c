class InsufficientFunds(Exception):
    pass
class Account:
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("deposit", amt))
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(f"{self.owner}: need {amt}, have {self._balance}")
        self._balance -= amt
        self.history.append(("withdraw", amt))
    def apply_interest(self):
        gain = round(self._balance * self.interest_rate, 2)
        self._balance += gain
        return gain
    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"
class Savings(Account):
    interest_rate = 0.05
acct = Account("ann", 100)
sav = Savings("bob", 1000)
acct.deposit(50)
for op, amt in [("withdraw", 30), ("withdraw", 500), ("deposit", -5), ("deposit", 10)]:
    try:
        getattr(acct, op)(amt)
        print("ok", op, amt, acct.balance)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acct.apply_interest(), sav.apply_interest(), acct, sav)
print(acct.history)
