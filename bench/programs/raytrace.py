"""A small ray tracer: spheres and a plane, diffuse and specular lighting, shadows and one
reflection bounce, rendered to a grid whose pixel values are summed into a checksum.

Written for pvm's benchmark suite. Exercises float arithmetic, small vector objects with
operator overloading and method calls. Usage: raytrace.py [SIZE]  (SIZE = image width)
"""
import math
import sys

DEFAULT_SIZE = 300
QUICK_SIZE = 12


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        length = math.sqrt(self.dot(self))
        return Vec(self.x / length, self.y / length, self.z / length)


class Sphere:
    def __init__(self, center, radius, color, shine):
        self.center, self.radius, self.color, self.shine = center, radius, color, shine

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t < 1e-4:
            t = -b + root
        return t if t > 1e-4 else None

    def normal(self, point):
        return (point - self.center).norm()


class Plane:
    def __init__(self, y, color):
        self.y, self.color, self.shine = y, color, 0.2

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-4 else None

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)


SCENE = [Sphere(Vec(0, 1, 5), 1.0, 0.9, 0.5), Sphere(Vec(-2, 0.6, 6), 0.6, 0.6, 0.2),
         Sphere(Vec(2, 0.8, 4.5), 0.8, 0.8, 0.8), Plane(-0.2, 0.5)]
LIGHT = Vec(-4, 6, -2)


def trace(origin, direction, depth):
    nearest, obj = None, None
    for o in SCENE:
        t = o.hit(origin, direction)
        if t is not None and (nearest is None or t < nearest):
            nearest, obj = t, o
    if obj is None:
        return 0.1
    point = origin + direction * nearest
    normal = obj.normal(point)
    to_light = (LIGHT - point).norm()
    shadowed = any(o.hit(point, to_light) is not None for o in SCENE if o is not obj)
    diffuse = 0.0 if shadowed else max(0.0, normal.dot(to_light))
    reflect_dir = direction - normal * (2 * direction.dot(normal))
    spec = 0.0 if shadowed else max(0.0, reflect_dir.dot(to_light)) ** 20
    color = obj.color * (0.15 + 0.85 * diffuse) + spec * 0.5
    if depth > 0 and obj.shine > 0.3:
        color = color * (1 - obj.shine) + trace(point, reflect_dir, depth - 1) * obj.shine
    return color


def main(size):
    width, height = size, size * 3 // 4
    eye = Vec(0, 1, -2)
    total = 0.0
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            direction = Vec((i - width / 2) / width, (height / 2 - j) / width, 1.0).norm()
            value = trace(eye, direction, 2)
            total += value
            row.append(" .:-=+*#%@"[min(9, int(value * 9))])
        rows.append("".join(row))
    print("raytrace", size, f"{total:.6f}", repr(rows[height // 2][width // 2 - 8:width // 2 + 8]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
