from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    due: str = field(default="", compare=False)

tasks = [Task(3, "write docs"), Task(1, "fix bug", "mon"), Task(2, "review"), Task(1, "deploy")]
for t in sorted(tasks):
    print(t.priority, t.name)
print(min(tasks), max(tasks))
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"), Task(2, "x") >= Task(2, "y"))
try:
    Task(1, "a") < 5
except TypeError as e:
    print(e)
