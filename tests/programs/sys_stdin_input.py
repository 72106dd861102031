"""input() with prompts over piped stdin (sys_stdin_input.stdin), until EOFError."""
name = input("Name? ")
age = int(input("Age? "))
print(f"\nHello {name}, next year you will be {age + 1}.")
total = 0
while True:
    try:
        line = input("number> ")
    except EOFError:
        print("\nEOF reached")
        break
    if not line.strip():
        continue
    total += float(line)
print("total", total)
