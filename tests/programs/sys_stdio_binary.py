"""sys.stdin.buffer and sys.stdout.buffer: raw bytes in and out, mixed with text output."""
import sys

data = sys.stdin.buffer.read()
print(len(data), data[:5], data.count(b"\n"), data.decode("utf-8").split()[-1])
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes line\n")
sys.stdout.buffer.write("é as utf-8\n".encode("utf-8"))
sys.stdout.buffer.flush()
print("text after bytes", sys.stdout.buffer.writable(), type(sys.stdin.buffer).__name__)
sys.stdout.write("no newline yet ")
sys.stdout.flush()
sys.stdout.buffer.write(b"then bytes\n")
print("encoding", sys.stdout.encoding.lower().replace("-", ""), sys.stdout.errors, sys.stdin.encoding.lower().replace("-", ""))
