# A ResourceWarning raised while the program's last objects are finalized at exit, with no
# frame running, is reported at "sys:1" (the last line of stderr).
import warnings

warnings.simplefilter("default")
left_open = open(__file__, encoding="utf-8")
