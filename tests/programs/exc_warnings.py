"""warnings: recorded with catch_warnings, filters, categories, warnings turned into errors."""
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return "result"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain user warning")
    warnings.warn(RuntimeWarning("instance warning"))
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.endswith("exc_warnings.py"), w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        old_api()
    except DeprecationWarning as exc:
        print("raised as error:", exc)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once please", UserWarning)
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
