"""A text adventure state machine driven by commands on stdin (real_text_adventure.stdin)."""
import sys

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"],
               "locked": True, "dark": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def describe(self):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black. You might be eaten by a grue."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
            self.moves += 1
            self.room = target
            return "You unlock the door with the key.\n" + self.describe()
        self.room = target
        self.moves += 1
        return self.describe()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        if ROOMS[self.room].get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return f"You take the treasure! You win in {self.moves} moves."
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return "You don't have that."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def handle(self, line):
        words = line.lower().split()
        match words:
            case []:
                return "Say something."
            case ["look"] | ["l"]:
                return self.describe()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                return self.go(direction)
            case ["take" | "get", item]:
                return self.take(item)
            case ["drop", item]:
                return self.drop(item)
            case ["inventory"] | ["i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + "."
            case ["quit"]:
                self.over = True
                return "Bye."
            case [verb, *_]:
                return f"I don't know how to {verb}."


game = Game()
print(game.describe())
for raw in sys.stdin:
    line = raw.strip()
    print(f"> {line}")
    print(game.handle(line))
    if game.over:
        break
print(f"Game over after {game.moves} moves; inventory: {sorted(game.inventory)}")
