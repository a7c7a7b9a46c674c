def fetch(url, *, retries):
    return url * retries
print(fetch("x", retries=2))
fetch("x")
