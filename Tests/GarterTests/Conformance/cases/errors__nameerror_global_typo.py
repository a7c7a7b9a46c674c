counter = 0
for i in range(3):
    counter += i
print(counter)
print(final_tally)
