def amortize(principal, annual_rate, years, extra=0.0):
    r = annual_rate / 12
    n = years * 12
    payment = principal * r / (1 - (1 + r) ** -n)
    balance = principal
    rows = []
    month = 0
    total_interest = 0.0
    while balance > 0.005 and month < n:
        month += 1
        interest = balance * r
        princ = min(payment + extra - interest, balance)
        balance -= princ
        total_interest += interest
        rows.append((month, interest, princ, max(balance, 0.0)))
    return payment, rows, total_interest

payment, rows, interest = amortize(25000, 0.065, 5)
print(f"monthly payment: {payment:,.2f}")
print(f"{'month':>5} {'interest':>10} {'principal':>10} {'balance':>12}")
for m, i, p, b in rows[:3] + rows[-3:]:
    print(f"{m:>5} {i:>10.2f} {p:>10.2f} {b:>12.2f}")
print(f"total interest: {interest:,.2f} over {len(rows)} payments")
for year in range(1, 6):
    yr = rows[(year - 1) * 12:year * 12]
    print(f"  year {year}: interest {sum(r[1] for r in yr):>9.2f} principal {sum(r[2] for r in yr):>10.2f}")
p2, rows2, interest2 = amortize(25000, 0.065, 5, extra=100)
print(f"with $100 extra/month: paid off in {len(rows2)} months, interest {interest2:,.2f}, saved {interest - interest2:,.2f}")
for rate in (0.03, 0.05, 0.07, 0.09):
    pay, _, tot = amortize(300000, rate, 30)
    print(f"  30y @ {rate:.0%}: payment {pay:>9,.2f}  total interest {tot:>12,.2f}")
