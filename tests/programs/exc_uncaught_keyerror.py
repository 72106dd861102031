"""An uncaught KeyError: the final line shows the key's repr."""
config = {"host": "localhost"}
print(config["host"])
print(config["port number"])
