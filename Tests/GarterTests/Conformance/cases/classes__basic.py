class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"

a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe(), b.describe())
print(a.birthday().birthday(), a.age)
print(Dog.count, a.count, a.species is Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print([a, b], str(a))
print(type(a).__name__, a.__class__.__name__, isinstance(a, Dog), type(a) is Dog)
