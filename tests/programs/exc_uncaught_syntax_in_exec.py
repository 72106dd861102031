"""An uncaught SyntaxError from exec'd text."""
snippets = ["x = 1", "y = x + 1", "z = (y +"]
namespace = {}
for code in snippets:
    print("executing", repr(code))
    exec(code, namespace)
