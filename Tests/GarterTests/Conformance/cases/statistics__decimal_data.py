import statistics as st
from decimal import Decimal
from fractions import Fraction

print(st.mean([Decimal("1.1"), Decimal("2.2")]), st.variance([Decimal("1"), Decimal("2")]), st.median([Decimal("3"), Decimal("1")]))
print(st.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("4")]), st.pvariance([Decimal("0.1"), Decimal("0.3")]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]), st.fmean([Decimal("1"), Decimal("2")]))
for data in [[Decimal("NaN"), Decimal("1")], [float("inf"), 1.0], [float("nan")]]:
    print(st.mean(data))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print(e)
print(st.pstdev([Decimal("2"), Decimal("4"), Decimal("4"), Decimal("5")]), st.stdev([Decimal("1"), Decimal("1")]), st.stdev([1.5, 2.5, 4.0]))
