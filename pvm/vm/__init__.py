"""The virtual machine stage: pvm code objects run here, in a pvm interpreter.

The evaluation loop and objects live in interp.py, frame.py, function.py, ...; the
runtime around them (sys, builtins, imports, the command, the REPL, error display)
in boot.py, sysmodule.py, builtins_module.py, imports.py, main.py, repl.py and
display.py. This module holds the two entry points of the public API; everything is
imported on first use so that importing a VM module stays cheap.
"""


def run_source(source, filename="<string>", globals=None):
    """Compile program text with pvm and run it on the VM; return its globals.

    Runs in the current interpreter (one is made on first use). Without `globals` the
    code runs in a fresh namespace named __main__ (not the interpreter's __main__
    module). Exceptions propagate to the caller.
    """
    from pvm.vm import boot
    from pvm.vm.builtins_module import compile_source
    from pvm.vm.interp import run_code
    interp = boot.current()
    code = compile_source(source, filename, "exec", 0, interp.config.optimize)
    if globals is None:
        globals = {"__name__": "__main__", "__doc__": None, "__package__": None,
                   "__loader__": None, "__spec__": None, "__builtins__": interp.builtins}
    run_code(code, globals)
    return globals


def run_file(path, argv=None):
    """Run a Python file as __main__ in a fresh interpreter; return __main__'s globals.

    `argv` becomes sys.argv[1:]. Exceptions (SystemExit included) propagate.
    """
    import os
    from pvm.source import read_program_file
    from pvm.vm import boot, main
    data = read_program_file(path)
    if data is None:
        raise FileNotFoundError(2, "No such file or directory", path)
    config = boot.Config(argv=[path] + list(argv or []),
                         path0=os.path.dirname(os.path.realpath(path)))
    interp = boot.new_interpreter(config)
    namespace = interp.main_module().__dict__
    namespace["__file__"] = os.path.abspath(path)
    namespace["__cached__"] = None
    main._exec_main(interp, data, os.path.abspath(path))
    return namespace
