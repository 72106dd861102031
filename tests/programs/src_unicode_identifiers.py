"""Non-ASCII identifiers, with NFKC normalisation of names (PEP 3131)."""
größe = 3
π = 3.14159
名前 = "pvm"
ﬁle = "ligature name"


def 面积(r):
    return π * r * r


class Ünïcödé:
    ñ = "enye"

    def método(self):
        return self.ñ.upper()


print(größe, round(面积(größe), 3), 名前, Ünïcödé().método())
print(file, "ﬁle" in globals(), "file" in globals())
print(sorted(k for k in globals() if not k.isascii()))
ℌ = "black-letter H"
print(H)
x̅ = "combining overline"
print(x̅, "x̅".isidentifier(), "1x".isidentifier(), "_".isidentifier())
