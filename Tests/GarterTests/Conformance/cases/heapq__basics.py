import heapq
h = []
for x in [5, 7, 9, 1, 3, 8, 2, 6, 4, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
words = ["apple", "fig", "banana", "kiwi", "date", "cherry", "plum"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nlargest(1, words), heapq.nsmallest(1, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])), list(heapq.merge("adg", "bcf")), list(heapq.merge([3, 2], [5, 1], reverse=True)))
print(list(heapq.merge(["b", "aa"], ["ccc"], key=len)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heappush([1, "a"], 2)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
