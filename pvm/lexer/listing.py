"""Lexer: `pvm --tokens FILE`, printing exactly what `python3 -m tokenize FILE` prints.

Consumes a path ("-" for standard input, which tokenize reads as text and
names "<stdin>") and writes one line per token, `start-end:` then the kind and
the repr of the text, padded as Lib/tokenize.py's main() pads them. Errors go to
stderr in that module's shapes ("FILE:LINE:COL: error: MESSAGE", "FILE: error:
MESSAGE", "error: MESSAGE") with exit status 1.
"""

import sys

from pvm.lexer.stream import TokenError, generate_tokens, tokenize_bytes
from pvm.lexer.tokens import tok_name


def _error(message, filename=None, location=None):
    if location:
        sys.stderr.write("%s:%d:%d: error: %s\n" % ((filename,) + tuple(location) + (message,)))
    elif filename:
        sys.stderr.write(f"{filename}: error: {message}\n")
    else:
        sys.stderr.write(f"error: {message}\n")
    return 1


def main_tokens(path, exact=False):
    """Print the tokens of the file at `path` like `python3 -m tokenize [-e] path`; return the status."""
    try:
        if path == "-":
            filename = "<stdin>"
            tokens = generate_tokens(sys.stdin.read())
        else:
            filename = path
            with open(path, "rb") as f:
                data = f.read()
            tokens = list(tokenize_bytes(data, path))
        for token in tokens:
            token_type = token.exact_type if exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return _error(err.args[0], filename, (line, column))
    except TokenError as err:
        return _error(err.args[0], filename, err.args[1])
    except SyntaxError as err:
        if err.args and isinstance(err.args[-1], tuple) and err.args[-1][:1] == ("<tokenize>",):
            # Bytes that do not decode: tokenize lets the UnicodeDecodeError escape.
            sys.stderr.write(f"unexpected error: {err.args[0]}\n")
            return 1
        return _error(err, filename)
    except OSError as err:
        return _error(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    return 0
