"""Dynamic classes: type() with three arguments, __class__ assignment, vars(), __dict__ edits."""


def init(self, v):
    self.v = v


Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
d = Dyn(21)
print(d.double(), Dyn.__name__, Dyn.k, type(d).__name__, Dyn.__qualname__, Dyn.__module__)
Dyn.triple = lambda self: self.v * 3
print(d.triple())
del Dyn.triple
print(hasattr(d, "triple"))


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as exc:
    print("TypeError:", exc)

pet.__dict__["name"] = "rex"
print(pet.name, vars(pet))
pet.__dict__ = {"fresh": True}
print(vars(pet))
try:
    vars(5)
except TypeError as exc:
    print("TypeError:", exc)
print(type(type), type(type(1)), type(Dyn), Dyn.__dict__["k"], "__init__" in Dyn.__dict__)
try:
    Dyn.__dict__["k"] = 2
except TypeError as exc:
    print("TypeError:", exc)
setattr(Dyn, "k", 2)
print(Dyn.k)
Dyn.__name__ = "Renamed"
print(Dyn.__name__, Dyn.__qualname__)
Swappable = type("Swappable", (Dog,), {})
Swappable.__bases__ = (Cat,)
print(Swappable().speak(), Swappable.__mro__)
Sub = type("Sub", (Dyn,), {})
print(Sub(2).double(), [c.__name__ for c in Sub.__mro__])
try:
    type("X", "not a tuple", {})
except TypeError as exc:
    print("TypeError:", exc)
print(type(1), type("", (), {}).__name__ == "", type.__name__)
