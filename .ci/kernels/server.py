"""A fork server for the Jupyter kernels of the test suite: each kernel starts with its modules already imported.

Every notebook kernel, the runbook's, the nbval subprocess's and JupyterLab's spends about 1.5 s of CPU importing
ipykernel, pandas, matplotlib and kzlib before it runs a cell; `make test` starts about ten. This server imports
them once, then forks one kernel per request from `launch.py` (the `python3` kernelspec beside it, which
tests/conftest.py puts first on JUPYTER_PATH for the test run). A forked kernel is a fresh `ipykernel_launcher`
in every other respect (the launcher's argv, working directory, environment and standard streams, a session of
its own; nothing of a notebook runs in this process) but one: figures are laid out and drawn, not rasterised
(see layout_only_figures). When the server is not running, `launch.py` starts the usual
`python -m ipykernel_launcher` itself, so results never depend on it: only the time does.

    python .ci/kernels/server.py SOCKET     # serve until SIGTERM or until the process that started it exits

Protocol (one connection per kernel): the launcher sends one JSON line {argv, cwd, env} with its fds 0, 1, 2;
the server forks a waiter, which forks the kernel, answers "<kernel pid>\\n", and, when the kernel exits,
"<exit code>\\n". If the launcher goes away first (its end of the socket closes), the waiter kills the kernel.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import select
import signal
import socket
import sys

# What the kernels import before their first cell does anything (ipykernel itself, then the notebooks' imports).
# A module missing here is imported by the kernel as usual; a module listed here must not change global state
# at import (none of these does: kzlib.display changes matplotlib's settings only when display.setup() runs).
PREIMPORT = [
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.zmqshell",
    # what IPKernelApp.initialize imports (0.1 s of a kernel's 0.17 s set-up): the debugger (debugpy; it starts no
    # thread at import), the history (sqlite3), comms, completion
    "ipykernel.debugger",
    "ipykernel.comm",
    "IPython.core.history",
    "IPython.core.completer",
    "pdb",
    "psutil",
    "tornado.ioloop",
    "pandas",
    "matplotlib.pyplot",
    "kzlib",
    "kzlib.plots",
    "kzlib.describe",
    "kzlib.display",
    "kzlib.findings",
    "kzlib.association",
    "kzlib.evaluate",
    "kzlib.presence",
    "kzlib.sensitivity",
    "kzlib.chronology",
    "kzlib.record",
    "kzlib.synthesis",
    "kzlib.themes",
    "kzlib.topics",
    "kzlib.actions",
    "kzlib.dyads",
    "kzlib.heldout",
]


# A short text through every stage of kzlib, once, before the first fork (see warm_up).
WARM_UP = (
    "A Joint Statement\n\nWashington, D.C., March 3, 2019\n\nOn Monday, President Tokayev and Secretary Pompeo "
    "signed an agreement on energy security and trade in Astana.¹ Later, Russia and China said they would "
    "respond. The two sides will:\n\n- expand investment by 2025;\n- hold talks in the autumn of 2021.\n\n"
    "¹ See the Atlantic Council, 2019.\n"
)


def warm_up() -> None:
    """Parse a short text once, so that each kernel finds what kzlib builds once per process (compiled regexes in
    re's cache, the lexicon's and the codebook's derived tables) already built: about 0.2 s of CPU per kernel.
    Tables are a pure function of the text and the codebook, so no kernel's output can depend on it; nothing
    global is set (no display.setup(), no figure drawn)."""
    import kzlib

    kzlib.load(texts={"warm-up": WARM_UP}).tables()


def preimport() -> None:
    # as ipykernel does before matplotlib is imported (it sets it only when unset): figures go to the notebook
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    # debugpy warns at import that frozen modules may hide breakpoints (no debugger runs here; as the Makefile)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    for name in PREIMPORT:
        with contextlib.suppress(Exception):  # a kernel that needs it imports it again and shows the error there
            importlib.import_module(name)
    with contextlib.suppress(Exception):  # a kernel that hits the error hits it again, in its own cell
        warm_up()
    gc.collect()
    gc.freeze()  # the kernels' collections then skip these objects (and do not copy their pages)


def read_request(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _, _ = socket.recv_fds(conn, 1 << 16, 3)
    while not data.endswith(b"\n"):
        more = conn.recv(1 << 16)
        if not more:
            raise ConnectionError("launcher went away")
        data += more
    return json.loads(data), fds


def layout_only_figures() -> None:
    """The inline backend's figures without their pixels: nbval compares no image (it skips image/png), so each
    figure a cell shows is laid out and drawn in full (`Figure.draw_without_rendering`: every artist's draw, text
    layout and image resampling included), and its size checked by Agg's renderer, but not
    rasterised or encoded (about 1 s of CPU per notebook). The output keeps its text/plain part; the browser
    test rasterises a figure (PNG and SVG) and `make report` every one. KZLIB_KERNEL_FIGURES=pixels keeps the PNGs."""
    from IPython.core import pylabtools
    from matplotlib import rcParams
    from matplotlib.backends.backend_agg import RendererAgg

    def print_figure(fig, fmt="png", bbox_inches="tight", base64=False, **kwargs):
        if not fig.axes and not fig.lines:
            return None  # as IPython's print_figure: nothing to show
        fig.draw_without_rendering()
        dpi = kwargs.get("dpi", fig.dpi) * (2 if fmt == "retina" else 1)
        box = fig.get_tightbbox().padded(rcParams["savefig.pad_inches"]) if bbox_inches == "tight" else fig.bbox_inches
        RendererAgg(box.width * dpi, box.height * dpi, dpi)  # Agg's own check of the size, nothing drawn
        return None

    pylabtools.print_figure = print_figure


def become_kernel(request: dict, fds: list[int]) -> None:
    """In the forked child: take the launcher's place, then run ipykernel_launcher as `python -m` would."""
    os.setsid()  # like jupyter_client's start_new_session: a terminal's Ctrl-C does not reach the kernel
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        if fd > 2:
            os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    here = os.path.dirname(os.path.realpath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.realpath(p or ".") != here]  # as ipykernel_launcher does with cwd
    from importlib.util import find_spec

    from ipykernel import kernelapp

    if os.environ.get("KZLIB_KERNEL_FIGURES", "layout") != "pixels":
        layout_only_figures()

    # ipykernel read JPY_PARENT_PID (the parent to poll) when this server imported it, without it: pass it on
    parent = [f"--IPKernelApp.parent_handle={os.environ['JPY_PARENT_PID']}"] if os.environ.get("JPY_PARENT_PID") else []
    sys.argv = [find_spec("ipykernel_launcher").origin, *request["argv"], *parent]

    kernelapp.launch_new_instance()


def wait(conn: socket.socket, kernel: int) -> None:
    """In the waiter: report the kernel's pid and then its exit code; kill it if the launcher goes away."""
    conn.sendall(f"{kernel}\n".encode())
    try:
        pidfd = os.pidfd_open(kernel)  # readable when the kernel exits (Linux)
    except (AttributeError, OSError):
        pidfd = None  # elsewhere: look every 0.2 s
    while True:
        watched = [conn] if pidfd is None else [conn, pidfd]
        ready, _, _ = select.select(watched, [], [], 0.2 if pidfd is None else None)
        pid, status = os.waitpid(kernel, os.WNOHANG)
        if pid:
            with contextlib.suppress(OSError):
                conn.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
            return
        if conn in ready and not conn.recv(1):  # the launcher's end closed
            os.kill(kernel, signal.SIGKILL)
            os.waitpid(kernel, 0)
            return


def serve(path: str):
    """Serve kernels; returns (request, fds) only in a forked kernel, which then runs at the top level."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(32)
    preimport()
    owner = os.getppid()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while os.getppid() == owner:
            while True:  # reap finished waiters
                try:
                    if os.waitpid(-1, os.WNOHANG)[0] == 0:
                        break
                except ChildProcessError:
                    break
            if not select.select([listener], [], [], 1.0)[0]:
                continue
            conn, _ = listener.accept()
            try:
                request, fds = read_request(conn)
            except (OSError, ValueError):
                conn.close()
                continue
            if os.fork() == 0:  # the waiter
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                listener.close()
                kernel = os.fork()
                if kernel == 0:
                    conn.close()
                    return request, fds
                try:
                    for fd in fds:
                        os.close(fd)
                    wait(conn, kernel)
                finally:
                    os._exit(0)
            for fd in fds:
                os.close(fd)
            conn.close()
    except SystemExit:
        pass
    listener.close()
    with contextlib.suppress(OSError):
        os.unlink(path)
    return None


if __name__ == "__main__":
    forked = serve(sys.argv[1])
    if forked:
        become_kernel(*forked)
