"""Headless Chromium for the report: screenshots, and the browser the tests drive.

Uses the system's Chromium (Debian's ``chromium`` package, ``/usr/bin/chromium``) through Playwright's
Python client with ``executable_path``: no browser is downloaded. Every launch uses a fresh profile and the
flags that keep Chromium from calling home.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
]
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The Chromium executable: ``$KZLIB_CHROMIUM``, else the first of the usual names on ``PATH``."""
    env = os.environ.get("KZLIB_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def available() -> bool:
    """Chromium and the Playwright client are both present."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return find_chromium() is not None


@contextmanager
def chromium(timeout_ms: int = 15000):
    """A headless Chromium browser (Playwright ``Browser``) with a fresh profile, closed on exit."""
    from playwright.sync_api import sync_playwright

    exe = find_chromium()
    if exe is None:
        raise RuntimeError("no Chromium found (install Debian's chromium package)")
    with tempfile.TemporaryDirectory(prefix="kzlib-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=exe,
            headless=True,
            args=FLAGS,
            ignore_default_args=["--enable-automation"],
            viewport={"width": 1300, "height": 900},
            timeout=timeout_ms,
        )
        context.set_default_timeout(timeout_ms)
        try:
            yield context
        finally:
            context.close()


def screenshots(outdir, width: int = 1300) -> list[Path]:
    """``screenshots/index.png`` and ``screenshots/reading-<doc_id>.png`` of a report, ``width`` px wide.

    Does nothing (returns ``[]``) when Chromium or Playwright is missing.
    """
    outdir = Path(outdir)
    if not available():
        return []
    shots = outdir / "screenshots"
    shots.mkdir(exist_ok=True)
    pages = [("index", outdir / "index.html")]
    pages += [(f"reading-{p.stem}", p) for p in sorted((outdir / "reading").glob("*.html"))[:1]]
    written = []
    with chromium() as context:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 1000})
        for name, path in pages:
            if not path.exists():
                continue
            page.goto(path.resolve().as_uri(), wait_until="load")
            target = shots / f"{name}.png"
            page.screenshot(path=str(target), full_page=False)
            written.append(target)
    return written
