"""Crash soak: kill a writing process 1,000 times at random moments and count what the store lost.

Run: python bench/soak.py [--kills N] [--seed S] [--folder DIR]. Goal: 1000 kills, 0 corrupt stores, 0 lost
acknowledged writes, 0 half imports. See tests/crash_safety.py for what is checked after each kill.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the harness lives in tests/, beside bench/

from tests.crash_safety import run_kills  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2568)
    parser.add_argument("--folder", type=Path, default=None, help="where the store is kept (default: a temp folder)")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("The soak needs SIGKILL, which Windows does not have.")
        return 2
    with tempfile.TemporaryDirectory(prefix="itadesk-soak-") as temporary:
        result = run_kills(args.folder or Path(temporary), args.kills, args.seed)
    print(f"kills:                       {result['kills']}")
    print(f"acknowledged writes checked: {result['acks']}")
    print(f"corrupt stores:              {result['corrupt']}")
    print(f"lost acknowledged writes:    {result['lost']}")
    print(f"half imports:                {result['half']}")
    print(f"unexpected changes:          {result['unexpected']}")
    print(f"time taken:                  {result['seconds']:.1f} s")
    for problem in result["problems"]:
        print("  " + problem)
    failed = any(result[key] for key in ("corrupt", "lost", "half", "unexpected"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
