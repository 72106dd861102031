"""Classes: instances, class vs instance attributes, methods, bound methods, identity."""


class Account:
    bank = "PyBank"
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


a = Account("ann")
b = Account("bob", 50)
a.deposit(10).deposit(5)
print(a, b, Account.count, a.bank, b.bank)
a.bank = "Private"
print(a.bank, b.bank, Account.bank, "bank" in vars(a), "bank" in vars(b))
Account.bank = "NewBank"
print(a.bank, b.bank)
del a.bank
print(a.bank)

method = b.deposit
print(method.__self__ is b, method.__func__ is Account.deposit, method(1))
print(Account.deposit(b, 2))
print(type(a) is Account, type(Account), isinstance(a, object), Account.__name__)
print(sorted(vars(a)), a.__dict__ == {"owner": "ann", "balance": 15})


class Empty:
    pass


e = Empty()
e.dynamic = 1
setattr(e, "other", 2)
print(getattr(e, "dynamic"), getattr(e, "missing", "default"), hasattr(e, "other"))
delattr(e, "other")
print(hasattr(e, "other"), vars(e))
print(Empty.__bases__, Empty.__mro__, Empty.__module__, Empty.__qualname__)
print(Empty() == Empty(), Empty() != Empty(), e == e)


class Counter:
    instances = []

    def __init__(self):
        self.instances.append(self)


Counter()
Counter()
print(len(Counter.instances))
print(Account.__init__.__name__, Account.__dict__["count"], type(Account.__dict__).__name__)
print(Account.__doc__, Empty.__doc__)
