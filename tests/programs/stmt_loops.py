"""for/while with else, break and continue, nested loops, loop variable after the loop."""


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target} at {i}")
            break
    else:
        print(f"  {target} not found")
        return None
    return i


print(find([5, 6, 7], 6), find([5, 6, 7], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
print("after break n =", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
print("loop var after break:", i)
for j in []:
    pass
try:
    j
except NameError as exc:
    print("NameError:", exc)
result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        result.append((a, b))
    else:
        result.append("inner done")
print(result)
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    if count == 4:
        break
else:
    print("no")
print("count", count)
for _ in range(2):
    for _ in range(2):
        continue
    print("outer iteration")
it = iter(range(5))
for v in it:
    if v == 1:
        print("skipping", next(it))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3, 3, 2)))
