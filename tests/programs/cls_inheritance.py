"""Single inheritance: overriding, extending, isinstance/issubclass, attribute lookup order."""


class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.kind()} with {self.legs} legs: {self.speak()}"

    def kind(self):
        return type(self).__name__.lower()


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return Animal.speak(self) + " (flying)"


class Parrot(Bird):
    def __init__(self, name, phrase):
        super().__init__(name)
        self.phrase = phrase

    def speak(self):
        return super().speak() + f" and '{self.phrase}'"


for pet in [Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly", "hello")]:
    print(pet.describe())

p = Parrot("p", "x")
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog))
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), issubclass(Dog, (Bird, Animal)))
print(Parrot.__mro__)
print(Parrot.__bases__, Animal.__subclasses__())
print(isinstance(p, (int, str, Bird)), isinstance(3, int | str))


class Base:
    def template(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return "base1"

    def step2(self):
        return "base2"


class Derived(Base):
    def step2(self):
        return "derived2"


print(Derived().template())
print(Derived.step1 is Base.step1, "step1" in Derived.__dict__)


class IntLike(int):
    pass


print(issubclass(bool, int), isinstance(True, int), issubclass(IntLike, object))
print(type.__mro__, object.__bases__)
