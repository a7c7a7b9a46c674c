/// `numbers`: the numeric tower `Number` ⊃ `Complex` ⊃ `Real` ⊃ `Rational` ⊃ `Integral` for
/// `isinstance`/`issubclass` checks, with `register`; `int` (and `bool`) are `Integral`,
/// `float` is `Real`, `fractions.Fraction` is `Rational`, `decimal.Decimal` is a `Number`.
///
/// Known gaps: the classes carry no abstract methods (subclassing them does not demand the
/// numeric protocol), and Garter has no `complex` type.
enum NumbersModule {
    static let source = #"""
__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]

_registry = []


class Number:
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None

    @classmethod
    def register(cls, subclass):
        _registry.append((cls, subclass))
        return subclass

    @classmethod
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls, subclass):
        mro = getattr(subclass, '__mro__', None)
        if mro is None:
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in mro:
            return True
        for abc, registered in _registry:
            if cls in abc.__mro__ and registered in mro:
                return True
        return False


class Complex(Number):
    __slots__ = ()


class Real(Complex):
    __slots__ = ()


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


Complex.register(complex)
Real.register(float)
Integral.register(int)
"""#
}
