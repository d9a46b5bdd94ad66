"""``python -m sco_core``: the command line."""

from __future__ import annotations

import os
import sys

from sco_core.cli import main

try:
    status = main()
    sys.stdout.flush()
except BrokenPipeError:  # the reader (``| head``) stopped early: not an error of ours
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    status = 0
sys.exit(status)
