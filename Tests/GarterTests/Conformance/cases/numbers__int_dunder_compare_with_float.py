# int's rich-comparison methods return NotImplemented for a float (float's handle int).
print((1).__eq__(1.0), (1).__lt__(2.5), (1).__eq__('a'), (True).__eq__(1.0))
print((1.0).__eq__(1), (2.5).__gt__(1), 1 == 1.0, 1 < 2.5, True == 1.0)
class MyInt(int):
    pass
print(MyInt(3).__eq__(3.0), MyInt(3).__eq__(3), MyInt(3) == 3.0)
print(sorted([3, 1.5, 2, 0.5]), max(1, 1.0), min(2.0, 2))
