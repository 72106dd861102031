"""random with a fixed seed: the same sequence every run (Mersenne Twister from the host)."""
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print(random.random(), random.uniform(1, 2), random.choice("abcdefg"), random.randrange(0, 100, 7))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.choices("xyz", weights=[5, 1, 1], k=6))
print(round(random.gauss(0, 1), 10), round(random.expovariate(2), 10), random.getrandbits(40))
rng = random.Random("a string seed")
print([rng.randint(0, 9) for _ in range(10)], rng.choice([None, True, 3.5]))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7], random.betavariate(2, 3) < 1, random.triangular(0, 10, 5) <= 10)
r2 = random.Random(7)
print(r2.randbytes(6).hex(), r2.binomialvariate(10, 0.5) if hasattr(r2, "binomialvariate") else "n/a")
