"""An uncaught ZeroDivisionError inside a method called through a property."""


class Stats:
    def __init__(self, values):
        self.values = values

    @property
    def mean(self):
        return sum(self.values) / len(self.values)


print(Stats([1, 2, 3]).mean)
print(Stats([]).mean)
