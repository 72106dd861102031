"""The host as the lexer's oracle: compile() errors, the tokenize module, decoding."""
import io
import tokenize
import warnings

# Messages that CPython's C tokenizer (not its parser) produces.
TOKENIZER_MESSAGES = (
    "unterminated string literal", "unterminated triple-quoted string literal",
    "invalid character", "invalid non-printable character", "invalid decimal literal",
    "invalid hexadecimal literal", "invalid octal literal", "invalid binary literal",
    "invalid imaginary literal", "invalid digit", "leading zeros in decimal integer",
    "unexpected EOF while parsing", "unindent does not match",
    "inconsistent use of tabs and spaces", "too many levels of indentation", "unmatched",
    "closing parenthesis", "was never closed", "too many nested parentheses",
    "unexpected character after line continuation character",
)


def host_error(src, filename="<test>"):
    """What host compile() raises for `src`: (class, msg, lineno, offset, end_lineno,
    end_offset, text), or None when it compiles."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, filename, "exec")
        except SyntaxError as e:
            return error_tuple(e)
    return None


def error_tuple(e):
    return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)


def is_tokenizer_error(msg):
    return msg.startswith(TOKENIZER_MESSAGES)


def host_stream(text):
    """tokenize.generate_tokens over text, or the exception it raises."""
    try:
        return list(tokenize.generate_tokens(io.StringIO(text).readline)), None
    except Exception as e:  # the oracle's own errors: TokenError, IndentationError
        return None, e


def decode_like_tokenize(data):
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(enc)
