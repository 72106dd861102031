from .x import X_THING

Y_THING = "y"
