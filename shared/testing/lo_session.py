"""A private headless LibreOffice for the test scripts that ask it how it reads a document.

    with lo_session() as (smgr, ctx, desktop, workdir):
        ...

Starts soffice with a fresh profile of its own (so parallel runs do not collide), connects to it
over a pipe with Python-UNO, and at the end terminates it and removes the profile. `workdir` is
a folder inside the profile for private copies of the documents (LibreOffice leaves lock files
beside what it opens).
"""
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


@contextlib.contextmanager
def lo_session():
    profile = tempfile.mkdtemp(prefix="dw-lo-profile-")
    pipe = "dwlo%d" % os.getpid()
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    # A fresh profile makes soffice restart itself once; create it first so the bridge we open
    # below talks to the process that stays.
    subprocess.run([soffice, "--headless", "--terminate_after_init", "-env:UserInstallation=file://" + profile],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    proc = subprocess.Popen([
        soffice, "--headless", "--invisible", "--norestore", "--nologo",
        "-env:UserInstallation=file://" + profile,
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        workdir = os.path.join(profile, "docs")
        os.makedirs(workdir)
        yield smgr, ctx, desktop, workdir
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as soffice exits
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        # soffice is a wrapper script around soffice.bin: end the whole group we started.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)


def private_url(workdir, path):
    """A file URL of a private copy of `path` in `workdir`."""
    copy = os.path.join(workdir, "%d-%s" % (len(os.listdir(workdir)), os.path.basename(path)))
    shutil.copyfile(path, copy)
    return uno.systemPathToFileUrl(copy)
