# --- host functions ---
def charge(amount):
    if amount > 1000:
        raise PermissionError(f"amount {amount} needs approval")
    return {"charged": amount}
# --- program ---
print(charge(10))
results = []
for amount in [50, 5000, 20]:
    results.append(charge(amount))
print(results)
