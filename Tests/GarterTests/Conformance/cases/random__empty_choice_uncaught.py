import random
random.seed(3)
queue = ["a", "b"]
while True:
    item = random.choice(queue)
    queue.remove(item)
    print("processed", item)
