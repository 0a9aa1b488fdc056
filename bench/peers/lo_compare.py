"""LibreOffice's Compare Document, timed alone: the peer of `draftwatch compare` in bench/cli.bench.ts.

Usage: python3 lo_compare.py BASE.docx TARGET.docx RUNS

Starts soffice headless with a private profile, then for each run loads the target document
(hidden) and times only the .uno:CompareDocuments dispatch against the base (Writer marks what
changed from the base to the open document as tracked changes, as Edit > Track Changes > Compare
Document does). Prints one JSON line: {"ms": [...], "redlines": N}. Stops soffice at the end.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    base, target, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    profile = tempfile.mkdtemp(prefix="dw-lo-bench-")
    pipe = "dwlobench%d" % os.getpid()
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    subprocess.run([soffice, "--headless", "--terminate_after_init", "-env:UserInstallation=file://" + profile],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    proc = subprocess.Popen([
        soffice, "--headless", "--invisible", "--norestore", "--nologo",
        "-env:UserInstallation=file://" + profile,
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(480):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)

        def copy(path):
            dst = os.path.join(profile, "%d-%s" % (len(os.listdir(profile)), os.path.basename(path)))
            shutil.copyfile(path, dst)
            return dst

        times = []
        redlines = 0
        for _ in range(runs):
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy(target)), "_blank", 0, (prop("Hidden", True),))
            frame = doc.getCurrentController().getFrame()
            base_url = uno.systemPathToFileUrl(copy(base))
            start = time.perf_counter()
            dispatcher.executeDispatch(frame, ".uno:CompareDocuments", "", 0, (prop("URL", base_url), prop("NoAcceptDialog", True)))
            times.append((time.perf_counter() - start) * 1000)
            redlines = doc.Redlines.getCount()
            doc.close(True)
        print(json.dumps({"ms": times, "redlines": redlines}))
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
