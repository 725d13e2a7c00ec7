"""JupyterLab from the set-up: a headless server on a free localhost port answers /lab, lists the notebooks
through the contents API and runs a cell in a kernel of the project's venv; every wait is bounded."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest
import websocket

from kzlib import paths

NOTEBOOKS = paths.ROOT / "notebooks"
START_TIMEOUT = 90  # s, for the server to answer (the machine may be busy)
CELL_TIMEOUT = 60  # s, for the kernel to start and run the cell


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """(base url, token) of a JupyterLab server rooted at notebooks/, stopped after the module."""
    home = tmp_path_factory.mktemp("jupyter")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
    )
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={NOTEBOOKS}",
        "--ServerApp.allow_root=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=None",
        "--LabApp.extension_manager=readonly",
        # language servers, terminals and the classic-notebook shim are not under test: a faster start
        "--ServerApp.terminals_enabled=False",
        "--ServerApp.jpserver_extensions={'jupyter_lsp': False, 'jupyter_server_terminals': False, 'notebook_shim': False}",
    ]
    log = open(home / "server.log", "w+")  # noqa: SIM115 (closed when the fixture ends)
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"jupyter lab exited with {proc.returncode}:\n{log.read()[-3000:]}")
            try:
                if get(base, token, "/api/status")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"jupyter lab did not answer within {START_TIMEOUT} s")
            time.sleep(0.25)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


def get(base, token, path, method="GET", body=None):
    request = urllib.request.Request(
        f"{base}{path}", method=method, data=body, headers={"Authorization": f"token {token}"}
    )
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.status, response.read().decode("utf-8")


def test_lab_answers(lab):
    status, page = get(*lab, "/lab")
    assert status == 200 and "JupyterLab" in page


def test_a_request_without_the_token_is_refused(lab):
    base, _ = lab
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{base}/api/contents", timeout=20)
    assert err.value.code == 403


def test_contents_api_lists_every_notebook(lab):
    status, body = get(*lab, "/api/contents")
    listed = sorted(item["name"] for item in json.loads(body)["content"] if item["type"] == "notebook")
    on_disk = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    assert status == 200 and on_disk and listed == on_disk


def test_a_cell_runs_in_a_kernel_of_the_project(lab):
    base, token = lab
    _, body = get(base, token, "/api/kernels", method="POST", body=json.dumps({"name": "python3"}).encode())
    kernel = json.loads(body)["id"]
    ws = websocket.create_connection(
        f"ws://{base[len('http://') :]}/api/kernels/{kernel}/channels?token={token}", timeout=CELL_TIMEOUT
    )
    try:
        msg_id = uuid.uuid4().hex
        code = "import sys, kzlib\nprint(sys.prefix)\nkzlib.__name__, 6 * 7"  # import kzlib is light
        ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "msg_type": "execute_request",
                        "username": "test",
                        "session": uuid.uuid4().hex,
                        "version": "5.3",
                        "date": "",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "buffers": [],
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": False,
                        "user_expressions": {},
                        "allow_stdin": False,
                        "stop_on_error": True,
                    },
                }
            )
        )
        result, stdout, reply = None, "", None
        deadline = time.monotonic() + CELL_TIMEOUT
        while reply is None or result is None:
            assert time.monotonic() < deadline, "the cell did not finish in time"
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "execute_result":
                result = msg["content"]["data"]["text/plain"]
            elif kind == "stream":
                stdout += msg["content"]["text"]
            elif kind == "error":
                pytest.fail("\n".join(msg["content"]["traceback"]))
            elif kind == "execute_reply":
                reply = msg["content"]["status"]
        assert reply == "ok" and result == "('kzlib', 42)"
        assert stdout.strip() == sys.prefix  # the kernel runs in the project's own venv
    finally:
        ws.close()
        get(base, token, f"/api/kernels/{kernel}", method="DELETE")
