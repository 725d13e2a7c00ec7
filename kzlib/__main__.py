import sys

from .cli import main

sys.exit(main(freeze_imports=True))
