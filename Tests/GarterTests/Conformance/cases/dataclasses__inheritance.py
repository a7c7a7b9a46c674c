from dataclasses import dataclass, field, fields

@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

@dataclass
class Puppy(Dog):
    age_weeks: int = 8

d = Dog("rex", tricks=["sit"])
p = Puppy("bit")
print(d, p)
print(d.speak(), p.speak())
print([f.name for f in fields(Puppy)])
print(Puppy.__match_args__)
print(isinstance(p, Animal), p == Puppy("bit"))
