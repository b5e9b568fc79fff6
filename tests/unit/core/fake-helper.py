#!/usr/bin/env python3
"""A stand-in for runpad-sandbox that speaks sandbox/PROTOCOL.md without running anything, so
LocalSandboxBackend can be tested without root. `init` echoes the stdin it got, after a compile
stage, once `eof` arrives; a main file whose content is "die" kills the helper mid-job. With
FAKE_HELPER_REFUSE set it stands for a system helper that turns this user away."""
import json, os, socket, sys, threading

path = sys.argv[sys.argv.index("--socket") + 1]
if os.environ.get("FAKE_HELPER_FAIL") == "root":
    print("runpad-sandbox: creating cgroups needs root privileges", file=sys.stderr)
    sys.exit(3)
if os.environ.get("FAKE_HELPER_FAIL") == "early":
    print("runpad-sandbox: no toolchain found", file=sys.stderr)
    sys.exit(1)
if os.path.exists(path):
    os.unlink(path)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
server.listen()
print("READY " + path, flush=True)


def serve(conn):
    if os.environ.get("FAKE_HELPER_REFUSE"):
        conn.sendall(b'{"id":null,"message":"permission denied: uid 1000 may not use this sandbox; '
                     b'it serves root and members of the group runpad","type":"error"}\n')
        conn.close()
        return
    lock = threading.Lock()
    jobs = {}

    def send(**message):
        with lock:
            conn.sendall((json.dumps(message) + "\n").encode())

    for line in conn.makefile("rb"):
        message = json.loads(line)
        kind, id = message.get("type"), message.get("id")
        if kind == "hello":
            send(type="hello", id=id, name="runpad-sandbox", version="0.0.0",
                 isolation="privileged", protocol=1)
        elif kind == "runtimes":
            send(type="runtimes", id=id, runtimes=[
                {"language": "python", "version": "3.11.2", "aliases": ["py", "py3"]}])
        elif kind == "init":
            if message["language"] != "c":
                send(type="error", id=id, message=message["language"] + "-* runtime is unknown")
                continue
            send(type="runtime", id=id, language="c", version="12.2.0")
            send(type="stage", id=id, stage="compile")
            send(type="data", id=id, stream="stderr", data="warning: fake\n")
            send(type="exit", id=id, stage="compile", code=0, signal=None, status=None,
                 message=None, cpu_time=5, wall_time=6, memory=1024)
            send(type="stage", id=id, stage="run")
            if message["files"][0]["content"] == "die":
                os._exit(9)
            jobs[id] = message.get("stdin", "")
        elif kind == "data":
            jobs[id] += message["data"]
        elif kind == "eof":
            text = jobs.pop(id)
            for chunk in (text[: len(text) // 2], text[len(text) // 2:]):
                send(type="data", id=id, stream="stdout", data=chunk)
            send(type="exit", id=id, stage="run", code=0, signal=None, status=None,
                 message=None, cpu_time=1, wall_time=2, memory=2048)
            send(type="done", id=id)


while True:
    client, _ = server.accept()
    threading.Thread(target=serve, args=(client,), daemon=True).start()
