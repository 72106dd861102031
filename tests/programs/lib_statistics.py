"""statistics: central tendency and spread over fixed data, with fractions and decimals."""
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.variance(data), st.pvariance(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode("aabbbcccc"), st.multimode([1, 1, 2, 2]), st.fmean([1.5, 2.5, 3.0]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.quantiles(range(1, 21), n=4), st.quantiles([1, 2, 3, 4, 5], n=5, method="inclusive"))
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 6)]), st.mean([1, 2.5]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 6))
try:
    st.mean([])
except st.StatisticsError as exc:
    print("StatisticsError:", exc)
try:
    st.stdev([1])
except st.StatisticsError as exc:
    print("StatisticsError:", exc)
