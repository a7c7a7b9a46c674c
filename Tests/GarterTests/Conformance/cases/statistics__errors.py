import statistics as st
for fn in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.median([]),
           lambda: st.mode([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
           lambda: st.harmonic_mean([-1, 2]), lambda: st.fmean([]), lambda: st.correlation([1, 2], [1]),
           lambda: st.geometric_mean([0, 1]), lambda: st.linear_regression([1, 1], [1, 2])]:
    try:
        print(fn())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
