from enum import Enum, IntEnum
from dataclasses import dataclass, field
class Env(Enum):
    DEV = "dev"
    STAGING = "staging"
    PROD = "prod"
class LogLevel(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
@dataclass
class Service:
    name: str
    env: Env
    level: LogLevel = LogLevel.INFO
    replicas: int = 1
raw = [("api", "prod", 30, 4), ("worker", "staging", 10, 2), ("cron", "dev", 20, 1), ("web", "prod", 20, 6)]
services = [Service(n, Env(e), LogLevel(l), r) for n, e, l, r in raw]
for s in services:
    print(s)
prod = [s for s in services if s.env is Env.PROD]
print(sum(s.replicas for s in prod), [s.name for s in services if s.level >= LogLevel.INFO])
print(sorted({s.env.value for s in services}), max(s.level for s in services).name)
