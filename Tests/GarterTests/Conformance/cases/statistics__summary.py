import statistics as st
latencies = [120, 95, 101, 130, 250, 99, 101, 87, 110, 101]
print(st.mean(latencies), st.median(latencies), st.mode(latencies), st.multimode(latencies))
print(st.median_low(latencies), st.median_high(latencies), st.fmean(latencies))
print(st.stdev(latencies), st.pstdev(latencies))
print(st.variance(latencies), st.pvariance(latencies))
print(st.quantiles(latencies), st.quantiles(latencies, n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
