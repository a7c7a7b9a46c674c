class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
A = Matrix([[1, 2, 3], [4, 5, 6]])
B = A.transpose()
print(A.shape, B.shape, B)
print(A @ B, B @ A)
print(A + A, A[1, 2], A == Matrix([[1, 2, 3], [4, 5, 6]]))
try:
    A @ A
except ValueError as e:
    print("ValueError:", e)
