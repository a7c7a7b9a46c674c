from operator import itemgetter, attrgetter, methodcaller, neg
from functools import reduce
import operator
students = [("ann", "B", 88), ("bob", "A", 92), ("cy", "B", 75), ("di", "A", 92), ("ed", "C", 60)]
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(max(students, key=itemgetter(2)), min(map(itemgetter(2), students)))
class Task:
    def __init__(self, title, pri, tags):
        self.title, self.pri, self.tags = title, pri, tags
    def __repr__(self):
        return self.title
tasks = [Task("b", 2, ["x"]), Task("a", 1, []), Task("c", 2, ["y", "z"])]
print(sorted(tasks, key=attrgetter("pri", "title")), [len(t.tags) for t in sorted(tasks, key=attrgetter("title"))])
print(list(map(methodcaller("count", "a"), ["banana", "apple", "kiwi"])), list(map(neg, [1, -2])))
print(reduce(operator.or_, [{1}, {2, 3}, {3}]), reduce(operator.and_, [{1, 2}, {2, 3}]), list(map(operator.mul, [1, 2], [3, 4])))
