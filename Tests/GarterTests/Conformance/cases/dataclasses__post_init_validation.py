from dataclasses import dataclass, field

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    currency: str = field(default="USD", init=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative opening balance for {self.owner}: {self.balance}")
        self.owner = self.owner.strip().title()

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

a = Account("  jane doe ", 100)
a.deposit(50)
a.deposit(25.5)
print(a, a.history, a.currency)
try:
    Account("x", -5)
except ValueError as e:
    print("rejected:", e)
