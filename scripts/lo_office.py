"""A headless LibreOffice driven over Python-UNO, for the tests and benchmarks that need a real
Word-compatible client (shared/export/__fixtures__/lo_redlines.py, bench/peers/lo_compare.py).

    with office() as lo:
        doc = lo.desktop.loadComponentFromURL(lo.url(path), "_blank", 0, (prop("Hidden", True),))

Runs soffice with a private profile (so parallel runs do not collide) and stops it at the end.
Needs the system Python with LibreOffice's `uno` module (Debian package python3-uno).
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


class Office:
    def __init__(self, ctx, profile):
        smgr = ctx.ServiceManager
        self.ctx = ctx
        self.profile = profile
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)

    def url(self, path):
        """A URL of a private copy of `path`: LibreOffice leaves lock files beside what it opens."""
        copy = os.path.join(self.profile, "%d-%s" % (len(os.listdir(self.profile)), os.path.basename(path)))
        shutil.copyfile(path, copy)
        return uno.systemPathToFileUrl(copy)


@contextlib.contextmanager
def office(tries=480):
    profile = tempfile.mkdtemp(prefix="dw-lo-profile-")
    pipe = "dwlo%d" % os.getpid()
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    # A fresh profile makes soffice restart itself once; create it first so the bridge we open
    # below talks to the process that stays.
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
        for _ in range(tries):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if ctx is None:
            raise RuntimeError("LibreOffice did not start")
        lo = Office(ctx, profile)
        yield lo
        try:
            lo.desktop.terminate()
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
