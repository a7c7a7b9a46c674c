s = "a,b"
x = s.strip().split(",")[5]
