"""A bank-account simulation: classes, inheritance, exceptions, a transaction log, reports."""
from decimal import Decimal
from collections import defaultdict


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot withdraw {amount}, balance {account.balance}")


class FrozenAccount(BankError):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=Decimal("0")):
        Account._next_number += 1
        self.number = f"AC{Account._next_number}"
        self.owner = owner
        self.balance = Decimal(opening)
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"{self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise BankError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{self.kind} {self.number} {self.owner} {self.balance}>"


class Savings(Account):
    kind = "savings"
    rate = Decimal("0.015")

    def month_end(self):
        interest = (self.balance * self.rate / 12).quantize(Decimal("0.01"))
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, opening=Decimal("0"), overdraft=Decimal("100")):
        super().__init__(owner, opening)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = Decimal("5.00")
            self.balance -= fee
            self.history.append(("fee", fee))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
        self.ledger.append((src, dst, amount))

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def report(self):
        by_owner = defaultdict(Decimal)
        for acct in self.accounts.values():
            by_owner[acct.owner] += acct.balance
        return dict(sorted(by_owner.items()))


bank = Bank()
alice_s = bank.open(Savings, "alice", Decimal("1000"))
alice_c = bank.open(Checking, "alice", Decimal("50"))
bob_c = bank.open(Checking, "bob", overdraft=Decimal("20"))
print(alice_s, alice_c, bob_c)
operations = [
    lambda: bank.transfer(alice_s.number, bob_c.number, Decimal("200")),
    lambda: bank.transfer(bob_c.number, alice_c.number, Decimal("215")),
    lambda: bank.transfer(bob_c.number, alice_c.number, Decimal("10")),
    lambda: alice_c.withdraw(Decimal("300")),
    lambda: alice_c.withdraw(Decimal("150")),
    lambda: bob_c.deposit(Decimal("-5")),
    lambda: setattr(bob_c, "frozen", True),
    lambda: bank.transfer(alice_s.number, bob_c.number, Decimal("1")),
    lambda: bank.transfer("AC9999", bob_c.number, Decimal("1")),
]
for op in operations:
    try:
        op()
        print("ok")
    except BankError as exc:
        print(f"{type(exc).__name__}: {exc}")
    except KeyError as exc:
        print("no such account", exc)
for month in range(3):
    bank.month_end()
for acct in bank.accounts.values():
    print(acct, acct.history)
print(bank.ledger)
print(bank.report(), sum(bank.report().values()))
