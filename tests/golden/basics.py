x = 1
y = x + 2 * 3
if x < y < 10 and not x:
    print("small")
elif x:
    print(f"{x!r:>4} and {y}")
else:
    pass
while x:
    x -= 1
    if x == 3:
        break
for i in [1, 2, 3]:
    if i in (4, 5):
        continue
    print(i)
a, *b = [1, 2, 3]
d = {"k": 1, **{}}
s = {1, 2, 3}
del a
assert x, "message"
