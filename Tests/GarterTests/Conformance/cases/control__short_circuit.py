log = []
def t(name, v):
    log.append(name)
    return v
print(t("a", False) and t("b", True))
print(t("c", True) or t("d", True))
print(t("e", 0) or t("f", "") or t("g", "found"))
print(t("h", 1) and t("i", 2) and t("j", 3))
print(log)
x = None
print(x is not None and x.missing_attribute)
print(not x or x.missing_attribute)
