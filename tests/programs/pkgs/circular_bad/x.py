from .y import Y_THING

X_THING = "x"
