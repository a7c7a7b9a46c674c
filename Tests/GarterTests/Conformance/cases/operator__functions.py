import operator as op
from functools import reduce
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [2]))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 5}, "k"), op.concat([1], [2]), op.is_(None, None), op.is_not(1, None))
d = {}; op.setitem(d, "a", 1); op.setitem(d, "b", 2); op.delitem(d, "a"); print(d)
l = [1]; print(op.iadd(l, [2]), l, op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
ops = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), reduce(op.mul, range(1, 6)))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(op.__add__(1, 2), op.call(max, 3, 9))
