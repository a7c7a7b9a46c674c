class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

    def report(self):
        return self.owner.upper() + ": " + self.ledger

def process(accounts, amounts):
    results = []
    for acct, amt in zip(accounts, amounts):
        results.append(acct.withdraw(amt))
    return results

accounts = [Account("ann", 100), Account("bob", 20)]
print(process(accounts, [10, 5]))
try:
    accounts[0].report()
except AttributeError as e:
    print("caught", e)
print(process(accounts, [10, 50]))
