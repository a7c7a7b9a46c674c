import statistics as st
from fractions import Fraction
print(st.mean([1, 2]), st.mean([1, 2, 3]), st.mean([1.0, 2.0, 4.0]), st.mean([1, 2.5]), st.mean([True, True, False]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.variance([Fraction(1, 2), Fraction(3, 4), 1]))
print(st.median([1, 2, 3, 4]), st.median([1, 3]), st.median([Fraction(1, 2), Fraction(3, 2)]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([10**20, 10**20 + 2]), st.mean([0.1, 0.2, 0.3]), st.fmean([0.1, 0.2, 0.3]), st.variance([0.1, 0.2, 0.3]))
print(st.mean(range(1, 101)), st.median(x * x for x in range(7)), st.mode("abracadabra"))
