"""Regenerate docs/report.png, the README's picture of the report for samples/ (needs chromium).

    .venv/bin/python scripts/report_screenshot.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser import Browser  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([str(Path(sys.executable).with_name("newsfacts")), "report", str(REPO / "samples"),
                        "-o", str(report), "--quiet"], check=True)
        with Browser(width=1100, height=820) as browser:
            browser.open(report.as_uri())
            browser.screenshot(REPO / "docs" / "report.png")
            if browser.errors:
                print("script errors:", *browser.errors, sep="\n  ")
                return 1
    print(REPO / "docs" / "report.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
