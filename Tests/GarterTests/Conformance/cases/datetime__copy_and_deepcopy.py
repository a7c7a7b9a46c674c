import copy
from dataclasses import dataclass, field, asdict
from datetime import date, datetime, time, timedelta, timezone

values = [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5, 6), time(1, 2, 3, 4), time(5, tzinfo=timezone.utc),
          timedelta(1, 2, 3), timezone.utc, timezone(timedelta(hours=-5), "EST"),
          datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))), datetime(2024, 11, 3, 1, 30, fold=1)]
for v in values:
    print(repr(copy.deepcopy(v)), repr(copy.copy(v)), copy.deepcopy([v])[0] == v)
print(date(b"\x07\xe8\x01\x02"), datetime(2024, 1, 2).__reduce__()[0].__name__)


@dataclass
class Event:
    name: str
    when: date = field(default_factory=lambda: date(2024, 5, 6))


print(asdict(Event("x")), copy.deepcopy(Event("y")))
