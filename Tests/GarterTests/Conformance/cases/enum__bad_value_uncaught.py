from enum import Enum
class Priority(Enum):
    LOW = "low"
    HIGH = "high"
tickets = [("T-1", "high"), ("T-2", "low"), ("T-3", "urgent")]
for tid, p in tickets:
    print(tid, Priority(p).name)
