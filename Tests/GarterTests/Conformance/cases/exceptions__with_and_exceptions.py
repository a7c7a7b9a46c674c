class Tx:
    def __init__(self, db):
        self.db = db
    def __enter__(self):
        self.snapshot = dict(self.db)
        return self.db
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.db.clear()
            self.db.update(self.snapshot)
            print(f"rolled back due to {et.__name__}: {ev}")
            return True
        print("committed")
        return False
db = {"balance": 100}
with Tx(db) as d:
    d["balance"] -= 30
print(db)
with Tx(db) as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ValueError("overdraft")
print(db)
