"""The `python3` kernel of the test run: asks the fork server (../server.py, socket in $KZLIB_KERNEL_SERVER) for
a kernel with its modules imported, and stands in for it: signals are passed on, its exit code is this process's.
Without a server it becomes the usual `python -m ipykernel_launcher` (same argv, same environment)."""

import contextlib
import json
import os
import select
import signal
import socket
import sys


def usual():
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *sys.argv[1:]])


def read_line(conn, buffer):
    """The next line from the server (b"" if it closed first); polls every second whether our parent is alive."""
    parent = os.getppid()
    while b"\n" not in buffer:
        if not select.select([conn], [], [], 1.0)[0]:
            if os.getppid() != parent:  # whoever started the kernel is gone: leave (the waiter then kills it)
                sys.exit(1)
            continue
        more = conn.recv(4096)
        if not more:
            return b"", buffer
        buffer += more
    line, _, rest = buffer.partition(b"\n")
    return line, rest


def main():
    path = os.environ.get("KZLIB_KERNEL_SERVER")
    if not path:
        usual()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
        request = json.dumps({"argv": sys.argv[1:], "cwd": os.getcwd(), "env": dict(os.environ)}) + "\n"
        socket.send_fds(conn, [request.encode()], [0, 1, 2])
        line, buffer = read_line(conn, b"")
        kernel = int(line)
    except (OSError, ValueError):
        conn.close()
        usual()

    def forward(signum, _frame):
        with contextlib.suppress(ProcessLookupError):
            os.kill(kernel, signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(signum, forward)
    line, _ = read_line(conn, buffer)
    code = int(line) if line.strip() else 1
    if code < 0:  # killed by a signal: die of the same one
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    sys.exit(code)


main()
