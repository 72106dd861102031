"""Augmented assignment on names, attributes, subscripts, slices; mutable vs immutable."""
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
n <<= 4
n >>= 2
n |= 0b1000
n &= 0b1111
n ^= 0b0101
print(n)
f = 7.0
f /= 2
f -= 0.5
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
orig = lst
lst += [2]
lst += (3,)
lst += "xy"
print(lst, lst is orig)
t = (1,)
orig_t = t
t += (2,)
print(t, t is orig_t)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
st ^= {9}
print(sorted(st))
d = {"a": 1}
d["a"] += 1
d.setdefault("b", []).append(1)
d["b"] += [2]
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[0][1:] += [5]
print(m)


class C:
    total = 0


c = C()
c.total += 5
print(c.total, C.total)
C.total += 1
print(C.total)
index_calls = []


def idx(i):
    index_calls.append(i)
    return i


arr = [0, 0, 0]
arr[idx(1)] += 7
print(arr, index_calls)
x = y = 1
x += 1
print(x, y)
b = bytearray(b"a")
b += b"bc"
print(b)
try:
    undefined_name += 1  # noqa: F821
except NameError as exc:
    print("NameError:", exc)


def local_aug():
    counter = 0
    for _ in range(3):
        counter += 2
    return counter


print(local_aug())
