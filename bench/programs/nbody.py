"""N-body simulation of five bodies (Sun and outer planets) with a leapfrog-style integrator.

Written for pvm's benchmark suite. Exercises float arithmetic on lists and tuples in tight
loops. Usage: nbody.py [SIZE]  (SIZE = number of time steps)
"""
import sys

DEFAULT_SIZE = 120000
QUICK_SIZE = 5000

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # position (AU), velocity (AU/day scaled to years), mass (solar masses)
    raw = [
        ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 1.0),
        ([4.841431442464721, -1.1603200440274284, -0.10362204447112311],
         [0.001660076642744037, 0.007699011184197404, -6.90460016972063e-05], 9.547919384243266e-04),
        ([8.34336671824458, 4.124798564124305, -0.4035234171143214],
         [-0.002767425107268624, 0.004998528012349172, 2.3041729757376393e-05], 2.858859806661308e-04),
        ([12.894369562139131, -15.111151401698631, -0.22330757889265573],
         [0.002964601375647616, 0.0023784717395948095, -2.9658956854023756e-05], 4.366244043351563e-05),
        ([15.379697114850917, -25.919314609987964, 0.17925877295037118],
         [0.002680677724903893, 0.001628241700382423, -9.515922545197159e-05], 5.151389020466115e-05),
    ]
    return [(pos, [v * DAYS_PER_YEAR for v in vel], mass * SOLAR_MASS) for pos, vel, mass in raw]


def pairs(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for _, (vx, vy, vz), m in bodies:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    sun_v, sun_m = bodies[0][1], bodies[0][2]
    sun_v[0], sun_v[1], sun_v[2] = px / sun_m, py / sun_m, pz / sun_m


def energy(bodies, body_pairs):
    e = 0.0
    for (x1, y1, z1), v1, m1 in bodies:
        e += 0.5 * m1 * (v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2])
    for ((x1, y1, z1), _, m1), ((x2, y2, z2), _, m2) in body_pairs:
        dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def advance(bodies, body_pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in body_pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for pos, vel, _ in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def main(size):
    bodies = make_bodies()
    body_pairs = pairs(bodies)
    offset_momentum(bodies)
    before = energy(bodies, body_pairs)
    advance(bodies, body_pairs, 0.01, size)
    after = energy(bodies, body_pairs)
    print("nbody", size, f"{before:.9f}", f"{after:.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
