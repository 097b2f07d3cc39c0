"""Entry point of the packaged app: PyInstaller runs this file as `__main__`.

Everything goes through `intake.cli.main`, the same code as the `intake` console script,
so the frozen `intake --self-test` checks the real command line as well.
"""

from __future__ import annotations

import multiprocessing
import sys

from intake.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; needed if a worker ever spawns
    sys.exit(main())
