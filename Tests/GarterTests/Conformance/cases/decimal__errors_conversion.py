from decimal import Decimal
values = ["1.5", "2", "oops"]
print(sum(Decimal(v) for v in values))
