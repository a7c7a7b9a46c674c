def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: balance={balance}, amount={amount}"
    return balance - amount
b = withdraw(100, 30)
print(b)
withdraw(b, 500)
