n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1]
visited = []
while stack:
    node = stack.pop()
    visited.append(node)
    if node < 8:
        stack.extend([node * 2, node * 2 + 1])
print(visited)
attempts = 0
balance = 100
while balance > 0 and attempts < 10:
    balance -= 17
    attempts += 1
print(attempts, balance)
