"""classmethod and staticmethod: alternate constructors, inheritance, descriptors underneath."""


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate(1, 2, 3).from_string("5-6-7"))

cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, MyDate)("1-1-1"), sm.__get__(None, Date)(2023))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(callable(sm), sm(2024), cm.__wrapped__ is cm.__func__)


class Counter:
    total = 0

    @classmethod
    def increment(cls, by=1):
        cls.total += by
        return cls.total


class SubCounter(Counter):
    pass


Counter.increment()
SubCounter.increment(10)
print(Counter.total, SubCounter.total)


def free(x):
    return x * 3


class Attach:
    tripled = staticmethod(free)
    named = classmethod(lambda cls: cls.__name__)


print(Attach.tripled(3), Attach().tripled(4), Attach.named(), Attach().named())


class ClassProp:
    @classmethod
    @property
    def label(cls):
        return "label of " + cls.__name__


print(ClassProp.label)
