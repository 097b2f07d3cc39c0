"""Entry point of the packaged app: PyInstaller runs this file as `__main__`.

It hands everything to `intake.cli.main` (the same code as the `intake` console script),
except `--self-test` on its own, which runs `intake.selftest.run_self_test` directly so a
fresh build can be checked without starting any screens, even by a command line that
does not yet know the option.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from intake.selftest import run_self_test

        return run_self_test()
    from intake.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; needed if a worker ever spawns
    sys.exit(main())
