"""An uncaught TypeError from a bad call ends the program with status 1."""


def area(width, height):
    return width * height


print(area(2, 3))
print("about to call badly")
area(2)
print("never printed")
