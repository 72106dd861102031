"""The `pvm` command, shaped like `python3`'s.

    pvm [options] FILE [args]     run a program
    pvm [options] -c CMD [args]   run program text
    pvm [options] -m MOD [args]   run a module as __main__
    pvm [options] - [args]        run standard input
    pvm --tokens FILE             the tokens, as `python3 -m tokenize FILE` prints them
    pvm --ast [-a] FILE           the tree, as `python3 -m ast --no-type-comments [-a] FILE`
    pvm --dis FILE                the bytecode, in the style of `python3 -m dis FILE`
    pvm --compile PATH...         compile into __pycache__, like `python3 -m compileall`

The top of the pipeline: this module only reads the command line and hands the
work to the stage that owns it. Usage errors exit with status 2, as python3's do.
"""

import sys

USAGE = "usage: pvm [option] ... [-c cmd | -m mod | file | -] [arg] ..."

HELP = f"""{USAGE}
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate pvm from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
--help-env      : print help about pvm's environment variables and exit
--help-xoptions : print help about the -X options and exit
--help-all      : print complete help information and exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

pvm's own views of the pipeline (each takes one FILE, or - for standard input):
--tokens FILE      : print the tokens, as `python3 -m tokenize FILE` does
--ast [-a] FILE    : print the AST, as `python3 -m ast --no-type-comments [-a] FILE` does
--dis FILE         : print the bytecode, in the style of `python3 -m dis FILE`
--compile PATH ... : compile files and trees into __pycache__, like `python3 -m compileall`
"""

HELP_XOPTIONS = """The following implementation-specific options are available:
-X dev: enable the development mode (extra checks, default warning filters)
-X importtime: show how long each import takes
-X int_max_str_digits=number: limit the size of int<->str conversions
-X no_debug_ranges: no column positions in code objects (no carets in tracebacks)
-X pycache_prefix=PATH: write .pyc files to a parallel tree rooted at PATH
-X tracemalloc[=N]: start tracing memory allocations (N frames)
-X utf8[=0]: the UTF-8 mode (acts in the host process)
-X warn_default_encoding: EncodingWarning when an encoding is left to the locale
-X pvmdebug: show pvm's own traceback for an internal error of pvm
"""

HELP_ENV = """Environment variables that change behavior:
PYTHONSTARTUP   : file executed on interactive startup (no default)
PYTHONPATH      : ':'-separated list of directories prefixed to the default module
                  search path. The result is sys.path.
PYTHONHOME      : alternate <prefix> directory; read by the host Python when it starts
                  (pvm uses the host's standard library)
PYTHONSAFEPATH  : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONINSPECT   : inspect interactively after running the program (-i)
PYTHONUNBUFFERED: force the stdout and stderr streams to be unbuffered (-u)
PYTHONVERBOSE   : trace import statements (-v)
PYTHONOPTIMIZE  : remove asserts and __debug__-dependent code (-O)
PYTHONDONTWRITEBYTECODE: don't write .pyc files (-B)
PYTHONWARNINGS  : warning filters, as -W
PYTHONIOENCODING: encoding[:errors] used for stdin/stdout/stderr
PYTHONNOUSERSITE: don't add the user site directory to sys.path (-s)
PYTHONBREAKPOINT: the callable breakpoint() calls
PYTHONDEVMODE   : enable the development mode
PYTHONPYCACHEPREFIX: root directory of the .pyc tree (-X pycache_prefix)
PYTHONWARNDEFAULTENCODING: EncodingWarning when an encoding is left to the locale
PYTHONNODEBUGRANGES: no column positions in code objects (-X no_debug_ranges)
PYTHONINTMAXSTRDIGITS: limit the size of int<->str conversions
PYTHONHASHSEED, PYTHONUTF8: act through the host process, which reads them when it starts
"""


class UsageError(Exception):
    """A bad command line: one line on stderr, exit status 2."""


class Options:
    """What the command line asked for."""

    def __init__(self):
        self.flags = set()          # single-letter flags: B E i I O q s u ...
        self.optimize = 0
        self.xoptions = []
        self.view = None            # "tokens", "ast", "dis" or "compile"
        self.ast_attributes = False
        self.command = None         # -c text
        self.module = None          # -m name
        self.script = None          # FILE or "-"
        self.args = []              # what follows the program: sys.argv[1:]
        self.counts = {}            # how often each single-letter flag was given (-vv)
        self.warnoptions = []       # -W filters, in order
        self.argv = []              # the command line as given (sys.orig_argv[1:])
        self.help_topics = []       # --help-env, --help-xoptions, --help-all


# Single-letter flags that take no value; python3 accepts these and pvm honours or ignores them.
_PLAIN_FLAGS = set("BbdEhiIOPqRsSuvVx?")
_LONG_VIEWS = {"--tokens": "tokens", "--ast": "ast", "--dis": "dis", "--compile": "compile"}


def parse_args(argv):
    """Read argv (without the program name) the way python3 reads its command line."""
    opts = Options()
    opts.argv = list(argv)
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _LONG_VIEWS:
            opts.view = _LONG_VIEWS[arg]
        elif arg == "--help":
            opts.flags.add("h")
        elif arg in ("--help-env", "--help-xoptions", "--help-all"):
            opts.help_topics.append(arg[len("--help-"):])
        elif arg == "--version":
            opts.flags.add("V")
        elif arg == "-" or not arg.startswith("-"):
            opts.script = arg
            opts.args = argv[i + 1:]
            return opts
        elif arg == "--":
            if i + 1 < len(argv):
                opts.script = argv[i + 1]
                opts.args = argv[i + 2:]
            return opts
        elif arg == "--check-hash-based-pycs":
            i += 1
            if i >= len(argv) or argv[i] not in ("always", "never", "default"):
                raise UsageError("--check-hash-based-pycs must be one of 'default', "
                                 "'always', or 'never'")
        elif arg.startswith("--"):
            raise UsageError(f"unknown option {arg}")
        else:
            i = _parse_short(opts, argv, i)
            if opts.command is not None or opts.module is not None:
                return opts
        i += 1
    return opts


def _parse_short(opts, argv, i):
    """Read one cluster of short options such as -Bu or -c CMD; return the last index used."""
    arg = argv[i]
    j = 1
    while j < len(arg):
        letter = arg[j]
        if letter in "cmWX":
            value = arg[j + 1:]
            if not value:
                i += 1
                if i >= len(argv):
                    raise UsageError(f"Argument expected for the -{letter} option")
                value = argv[i]
            _take_value(opts, letter, value, argv, i)
            return i
        if letter == "a" and opts.view == "ast":
            opts.ast_attributes = True
        elif letter in _PLAIN_FLAGS:
            opts.flags.add(letter)
            opts.counts[letter] = opts.counts.get(letter, 0) + 1
            if letter == "O":
                opts.optimize += 1
        else:
            raise UsageError(f"Unknown option: -{letter}")
        j += 1
    return i


def _take_value(opts, letter, value, argv, i):
    if letter == "c":
        opts.command = value
        opts.args = argv[i + 1:]
    elif letter == "m":
        opts.module = value
        opts.args = argv[i + 1:]
    elif letter == "X":
        opts.xoptions.append(value)
    # -W filters are accepted and handed to the warnings machinery by the VM.
    elif letter == "W":
        opts.warnoptions.append(value)


def usage_error(message):
    print(message, file=sys.stderr)
    print(USAGE, file=sys.stderr)
    print("Try `pvm -h' for more information.", file=sys.stderr)
    return 2


def print_help(topics):
    """-h, --help-env, --help-xoptions, --help-all (usage.c's print_help)."""
    if not topics or "all" in topics:
        print(HELP, end="")
    for topic, text in (("xoptions", HELP_XOPTIONS), ("env", HELP_ENV)):
        if topic in topics or "all" in topics:
            if "all" in topics:
                print()
            print(text, end="")


def main(argv=None):
    """Run the `pvm` command; return its exit status."""
    if argv is None:
        argv = sys.argv[1:]
    try:
        opts = parse_args(argv)
    except UsageError as err:
        return usage_error(str(err))
    if "h" in opts.flags or "?" in opts.flags or opts.help_topics:
        print_help(opts.help_topics)
        return 0
    if "V" in opts.flags:
        from pvm import __version__
        print(f"Python {sys.version.split()[0]} (pvm {__version__})")
        return 0
    if opts.view is not None:
        return run_view(opts)
    from pvm.vm.main import run_command_line
    return run_command_line(opts)


def run_view(opts):
    """One of pvm's views of the pipeline: --tokens, --ast, --dis or --compile."""
    if opts.view == "compile":
        from pvm.compiler.cache import compile_paths
        paths = ([opts.script] if opts.script else []) + opts.args
        return compile_paths(paths, optimize=opts.optimize)
    if opts.script is None:
        return usage_error(f"--{opts.view} needs a FILE (or - for standard input)")
    if opts.view == "tokens":
        from pvm.lexer.listing import main_tokens
        return main_tokens(opts.script)
    if opts.view == "ast":
        from pvm.parser.listing import main_ast
        return main_ast(opts.script, include_attributes=opts.ast_attributes)
    from pvm.compiler.listing import main_dis
    return main_dis(opts.script, optimize=opts.optimize)

