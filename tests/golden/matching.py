def describe(command):
    match command:
        case []:
            return "empty"
        case ["go", direction] | ["move", direction]:
            return direction
        case [first, *rest] if rest:
            return first
        case {"action": action, **others}:
            return action, others
        case Point(x=0, y=0) as origin:
            return origin
        case str() | bytes():
            return "text"
        case 1 | 2 | None:
            return "small"
        case _:
            return "other"
