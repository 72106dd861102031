"""The compiler's tests parse with pvm's parser when it exists, else with the host's."""
from tests.compiler.support import install_host_parser

install_host_parser()
