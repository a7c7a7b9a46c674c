from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal))
Shade = Enum("Shade", [("LIGHT", 10), ("DARK", 20)])
print(Shade.DARK, Shade(10), [s.value for s in Shade])
Num = IntEnum("Num", "ONE TWO THREE")
print(Num.TWO + Num.THREE, list(Num))
Color = Enum("Color", {"RED": "#f00", "GREEN": "#0f0"})
print(Color.RED.value, Color("#0f0"))
