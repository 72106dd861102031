"""global: reading, rebinding, creating module names from functions and nested functions."""
counter = 0
names = []


def bump():
    global counter
    counter += 1


def create():
    global brand_new
    brand_new = "made in create()"


def nested():
    def inner():
        global counter
        counter += 100
    inner()


def reads_only():
    return counter * 2


def shadows():
    counter = "local"
    return counter


for _ in range(3):
    bump()
print(counter)
create()
print(brand_new)
nested()
print(counter, reads_only(), shadows(), counter)


def mutate():
    names.append("no global needed to mutate")


mutate()
print(names)


def conditional(flag):
    if flag:
        global late
        late = "set"


conditional(True)
print(late)


def unbound():
    try:
        return counter_undefined  # noqa: F821
    except NameError as exc:
        return str(exc)


print(unbound())


def del_global():
    global brand_new
    del brand_new


del_global()
print("brand_new" in globals())


def loop_global():
    global i_loop
    for i_loop in range(4):
        pass


loop_global()
print(i_loop)
exec("global_from_exec = 5")
print(global_from_exec)  # noqa: F821
