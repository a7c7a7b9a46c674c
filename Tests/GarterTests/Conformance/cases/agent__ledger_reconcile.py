bank = [
    ("2024-04-01", "DEP-001", 1500.00),
    ("2024-04-03", "CHK-101", -250.00),
    ("2024-04-05", "CHK-102", -75.50),
    ("2024-04-08", "FEE", -12.00),
    ("2024-04-10", "DEP-002", 980.25),
    ("2024-04-15", "CHK-104", -310.00),
]
books = [
    ("2024-04-01", "DEP-001", 1500.00),
    ("2024-04-02", "CHK-101", -250.00),
    ("2024-04-05", "CHK-102", -57.50),
    ("2024-04-09", "CHK-103", -120.00),
    ("2024-04-10", "DEP-002", 980.25),
    ("2024-04-15", "CHK-104", -310.00),
]
bank_by_ref = {ref: (d, amt) for d, ref, amt in bank}
books_by_ref = {ref: (d, amt) for d, ref, amt in books}
matched, mismatched = [], []
for ref in sorted(set(bank_by_ref) & set(books_by_ref)):
    (bd, ba), (kd, ka) = bank_by_ref[ref], books_by_ref[ref]
    if round(ba - ka, 2) == 0:
        note = "" if bd == kd else f" (date differs: bank {bd}, books {kd})"
        matched.append(f"{ref}{note}")
    else:
        mismatched.append((ref, ba, ka))
only_bank = sorted(set(bank_by_ref) - set(books_by_ref))
only_books = sorted(set(books_by_ref) - set(bank_by_ref))
print("matched:")
for m in matched:
    print("  ", m)
print("amount mismatches:")
for ref, ba, ka in mismatched:
    print(f"   {ref}: bank {ba:.2f} vs books {ka:.2f} (diff {ba - ka:+.2f})")
print("only in bank:", [(r, bank_by_ref[r][1]) for r in only_bank])
print("only in books:", [(r, books_by_ref[r][1]) for r in only_books])
bank_bal = round(sum(a for _, _, a in bank), 2)
book_bal = round(sum(a for _, _, a in books), 2)
print(f"bank balance {bank_bal:.2f}, book balance {book_bal:.2f}, difference {bank_bal - book_bal:+.2f}")
explained = sum(ba - ka for _, ba, ka in mismatched) + sum(bank_by_ref[r][1] for r in only_bank) - sum(books_by_ref[r][1] for r in only_books)
print(f"explained difference {explained:+.2f} -> reconciled: {round(explained, 2) == round(bank_bal - book_bal, 2)}")
running = 0.0
print("bank running balance:")
for d, ref, amt in bank:
    running += amt
    print(f"   {d} {ref:<8}{amt:>10.2f}{running:>11.2f}")
