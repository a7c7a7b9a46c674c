text = "abababab"
def count_overlapping(s, sub):
    c = 0
    start = 0
    while True:
        i = s.find(sub, start)
        if i == -1:
            return c
        c += 1
        start = i + 1
print(text.count("aba"), count_overlapping(text, "aba"))
print(text.count("ab"), count_overlapping(text, "ab"))
positions = []
i = text.find("b")
while i != -1:
    positions.append(i)
    i = text.find("b", i + 1)
print(positions)
