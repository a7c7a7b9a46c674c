principal = 1000.0
rate = 0.05
balance = principal
for year in range(1, 11):
    interest = balance * rate
    balance += interest
    print(f"year {year:2d}: interest={interest:8.2f} balance={balance:10.2f}")
print(round(balance, 2), round(principal * (1 + rate) ** 10, 2))
monthly = 0.06 / 12
n = 360
loan = 200000
payment = loan * monthly / (1 - (1 + monthly) ** -n)
print(f"monthly payment: {payment:.2f}")
print(f"total paid: {payment * n:,.2f}")
