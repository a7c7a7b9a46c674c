counter = 0
def step():
    global counter
    counter += 1
    return counter < 5
while step():
    print("tick", counter)
print("final", counter)
