from dataclasses import dataclass, field, replace

@dataclass
class Job:
    name: str
    retries: int = 3
    runs: int = field(default=0, init=False)

j = Job("backup")
j.runs = 5
j2 = replace(j, retries=1)
print(j, j2)
try:
    replace(j, runs=1)
except ValueError as e:
    print(e)
try:
    replace("not a dataclass", x=1)
except TypeError as e:
    print(e)
replace(j, nme="typo")
