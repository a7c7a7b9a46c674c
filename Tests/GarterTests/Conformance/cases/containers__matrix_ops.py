def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), matmul(B, A), matmul(A, identity(2)) == A)
P = identity(2)
F = [[1, 1], [1, 0]]
for _ in range(30):
    P = matmul(P, F)
print("fib30 via matrix:", P[0][1])
def det(M):
    if len(M) == 1:
        return M[0][0]
    return sum((-1) ** c * M[0][c] * det([row[:c] + row[c + 1:] for row in M[1:]]) for c in range(len(M)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
