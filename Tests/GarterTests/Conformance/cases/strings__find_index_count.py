s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("x"), s.rfind("ss"), s.rfind("i"))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 2, 8))
print("ss" in s, "sss" in s, "" in s, s.startswith("miss"), s.endswith("pi"))
print(s.startswith(("a", "m")), s.endswith(("x", "y")), s.startswith("ss", 2))
print(s.replace("ss", "SS"), s.replace("i", "", 2), s.replace("", "-"))
print(s.find(""), s.rfind(""), "abc".find("c", -1))
