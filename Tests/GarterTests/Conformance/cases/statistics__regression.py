from statistics import correlation, covariance, linear_regression, NormalDist, fmean
years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]
sales = [120.5, 131.0, 140.2, 152.9, 160.1, 158.0, 171.3, 180.6]
print(round(correlation(years, sales), 12), round(covariance(years, sales), 9))
fit = linear_regression(years, sales)
print(round(fit.slope, 9), round(fit.intercept, 6))
print(round(fit.slope * 2023 + fit.intercept, 6))
prop = linear_regression([1, 2, 3, 4], [2, 4.1, 5.9, 8.2], proportional=True)
print(prop)
print(fmean([1, 2, 3], weights=[3, 2, 1]))
