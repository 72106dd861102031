"""A module with a main guard: imported, it only defines names."""


def main():
    return "main() called"


if __name__ == "__main__":
    print("pkgs.mainguard run as a script")
else:
    print("pkgs.mainguard imported as", __name__)
