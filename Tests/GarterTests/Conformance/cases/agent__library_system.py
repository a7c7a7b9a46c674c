class BookNotAvailable(Exception):
    pass

class LimitReached(Exception):
    pass

class Library:
    MAX_LOANS = 2
    DAILY_FINE = 0.25

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.members = {}
        self.fines = {}
        self.log = []

    def add_book(self, isbn, title, copies=1):
        entry = self.books.setdefault(isbn, {"title": title, "copies": 0, "out": 0})
        entry["copies"] += copies

    def join(self, member):
        self.members[member] = []

    def checkout(self, member, isbn, day):
        b = self.books[isbn]
        if b["out"] >= b["copies"]:
            raise BookNotAvailable(f"'{b['title']}' has no copies left")
        if len(self.members[member]) >= self.MAX_LOANS:
            raise LimitReached(f"{member} already has {self.MAX_LOANS} books")
        b["out"] += 1
        self.members[member].append(isbn)
        self.loans[(member, isbn)] = day + 14
        self.log.append(f"day {day:>2}: {member} borrowed '{b['title']}' (due day {day + 14})")

    def checkin(self, member, isbn, day):
        due = self.loans.pop((member, isbn))
        self.members[member].remove(isbn)
        self.books[isbn]["out"] -= 1
        late = max(0, day - due)
        if late:
            self.fines[member] = self.fines.get(member, 0) + late * self.DAILY_FINE
        self.log.append(f"day {day:>2}: {member} returned '{self.books[isbn]['title']}'" + (f" {late} days late" if late else ""))

lib = Library()
lib.add_book("111", "Dune", 2)
lib.add_book("222", "Neuromancer")
lib.add_book("333", "Foundation")
lib.add_book("111", "Dune")
for m in ["ann", "bob", "cy"]:
    lib.join(m)
actions = [
    ("out", "ann", "111", 1), ("out", "bob", "222", 1), ("out", "cy", "222", 2), ("out", "ann", "333", 3),
    ("out", "ann", "111", 4), ("in", "bob", "222", 20), ("out", "cy", "222", 21), ("in", "ann", "111", 15),
    ("in", "ann", "333", 30), ("in", "cy", "222", 50),
]
for kind, member, isbn, day in actions:
    try:
        if kind == "out":
            lib.checkout(member, isbn, day)
        else:
            lib.checkin(member, isbn, day)
    except (BookNotAvailable, LimitReached) as e:
        lib.log.append(f"day {day:>2}: DENIED {type(e).__name__}: {e}")
print("\n".join(lib.log))
print("fines:", {m: f"${f:.2f}" for m, f in sorted(lib.fines.items())})
print("availability:", {b["title"]: f"{b['copies'] - b['out']}/{b['copies']}" for b in lib.books.values()})
print("outstanding loans:", sorted(lib.loans.items()))
