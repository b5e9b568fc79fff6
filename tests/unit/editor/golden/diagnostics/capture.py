#!/usr/bin/env python3
"""Captures what RunPad's sandbox prints for each program in sources/ into <case>.txt.

Usage (as root, so runpad-cli can start the helper):
    capture.py path/to/runpad-cli [CASE...]
Each sources/<tool>-<case>.<ext> runs as main.<ext>, the name RunPad gives a snippet. The .txt is
the stderr of the stage that failed (its stdout when stderr is empty: fpc, mcs and tsc print
there), or the compiler's warnings when the program ran. noise-* cases keep the program's whole
output, stdout and stderr as they came: text no diagnostic may be found in.
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

here = pathlib.Path(__file__).resolve().parent
cli, wanted = sys.argv[1], set(sys.argv[2:])
for source in sorted((here / "sources").iterdir()):
    case = source.stem
    if wanted and case not in wanted:
        continue
    with tempfile.TemporaryDirectory() as tmp:
        main = pathlib.Path(tmp) / ("main" + source.suffix)
        shutil.copy(source, main)
        done = subprocess.run([cli, "run", str(main), "--json"], capture_output=True, text=True)
    result = json.loads(done.stdout)
    compile, run = result.get("compile"), result.get("run")
    warned = compile and run and run["code"] == 0 and (compile["stderr"] or compile["stdout"])
    stage = compile if compile and (compile["code"] != 0 or warned) else run
    text = stage["output"] if case.startswith("noise-") else stage["stderr"] or stage["stdout"]
    (here / (case + ".txt")).write_text(text, newline="")
    print(f"{case}: {len(text)} characters")
