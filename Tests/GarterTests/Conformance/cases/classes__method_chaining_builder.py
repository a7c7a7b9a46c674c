class Query:
    def __init__(self, table):
        self.table = table
        self._where = []
        self._order = None
        self._limit = None
        self._cols = ["*"]
    def select(self, *cols):
        self._cols = list(cols)
        return self
    def where(self, cond):
        self._where.append(cond)
        return self
    def order_by(self, col, desc=False):
        self._order = f"{col} {'DESC' if desc else 'ASC'}"
        return self
    def limit(self, n):
        self._limit = n
        return self
    def __str__(self):
        s = f"SELECT {', '.join(self._cols)} FROM {self.table}"
        if self._where:
            s += " WHERE " + " AND ".join(self._where)
        if self._order:
            s += " ORDER BY " + self._order
        if self._limit is not None:
            s += f" LIMIT {self._limit}"
        return s
print(Query("users"))
print(Query("users").select("id", "name").where("age > 18").where("active = 1").order_by("name").limit(10))
print(Query("t").order_by("x", desc=True).limit(0))
