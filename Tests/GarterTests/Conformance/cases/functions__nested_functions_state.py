def bank_account(initial):
    balance = initial
    history = []
    def deposit(amt):
        nonlocal balance
        balance += amt
        history.append(("dep", amt))
        return balance
    def withdraw(amt):
        nonlocal balance
        if amt > balance:
            history.append(("denied", amt))
            return None
        balance -= amt
        history.append(("wd", amt))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = bank_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())
