class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
    def speak(self):
        return "Meow"

pets = [Animal("thing"), Dog("rex"), Puppy("bit"), Cat("tom", indoor=False)]
for p in pets:
    print(p, "->", p.intro())
print(isinstance(pets[2], Dog), isinstance(pets[2], Animal), isinstance(pets[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, (Dog, Animal)))
print(pets[3].indoor, Puppy.__bases__[0].__name__, Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
