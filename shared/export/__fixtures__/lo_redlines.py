"""Open a .docx in headless LibreOffice and report what a reviewer would see.

Usage: python3 lo_redlines.py OUT.json IN.docx IN-WITHOUT-COMMENTS.docx [IN2.docx IN2-BARE.docx ...]

IN.docx is read as written (redlines, comments); Accept All / Reject All run on the second file,
the same document with its comments taken out, because LibreOffice 7.4 headless crashes when a
document with comments gets a view.

Writes JSON: a list with, for each document, {"redlines": [{"type", "author", "date"}...],
              "revisedParagraphs": [{"style", "revised"}...],  # per paragraph
              "comments": [{"author", "text"}...],
              "accepted": [{"style", "text"}...],  # paragraphs after Accept All
              "rejected": [{"style", "text"}...]}  # paragraphs after Reject All
Runs soffice with a private profile (so parallel runs do not collide) and stops it at the end.
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


def paragraphs(doc):
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.Paragraph"):
            out.append({"style": el.ParaStyleName, "text": el.getString()})
    return out


def revised_paragraphs(doc):
    """Paragraphs holding revised text or a revision that starts in them.

    LibreOffice joins neighbouring revisions of one author into one redline that may span
    paragraphs, so count paragraphs by what lies inside redlines, not by redlines."""
    out = []
    open_ids = set()
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if not el.supportsService("com.sun.star.text.Paragraph"):
            continue
        revised = False
        portions = el.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType == "Redline":
                if portion.IsCollapsed:
                    revised = True
                elif portion.IsStart:
                    open_ids.add(portion.RedlineIdentifier)
                    revised = True
                else:
                    open_ids.discard(portion.RedlineIdentifier)
            elif portion.TextPortionType == "Text" and open_ids and portion.getString():
                revised = True
        out.append({"style": el.ParaStyleName, "revised": revised})
    return out


def redlines(doc):
    out = []
    rl = doc.Redlines
    for i in range(rl.getCount()):
        r = rl.getByIndex(i)
        d = r.RedlineDateTime
        out.append({
            "type": r.RedlineType,
            "author": r.RedlineAuthor,
            "date": "%04d-%02d-%02d" % (d.Year, d.Month, d.Day),
        })
    return out


def comments(doc):
    """The comments (author, text)."""
    out = []
    enum = doc.getTextFields().createEnumeration()
    while enum.hasMoreElements():
        f = enum.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            out.append({"author": f.Author, "text": f.Content})
    return out


def main():
    dst, docs = sys.argv[1], sys.argv[2:]
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
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        def url(path):
            # Work on private copies: LibreOffice leaves lock files beside what it opens.
            copy = os.path.join(profile, "%d-%s" % (len(os.listdir(profile)), os.path.basename(path)))
            shutil.copyfile(path, copy)
            return uno.systemPathToFileUrl(copy)

        results = []
        for src, bare in zip(docs[0::2], docs[1::2]):
            result = {}
            # What the reviewer is offered: the file as written, loaded as a model without a view
            # (LibreOffice 7.4 headless crashes when it lays out comments in a view).
            model = smgr.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
            model.load((prop("URL", url(src)), prop("FilterName", "MS Word 2007 XML")))
            result["redlines"] = redlines(model)
            result["revisedParagraphs"] = revised_paragraphs(model)
            result["comments"] = comments(model)
            model.close(True)

            # Accept All / Reject All need a view: run them on the copy without comments.
            def load():
                doc = desktop.loadComponentFromURL(url(bare), "_blank", 0, (prop("Hidden", True),))
                if doc is None:
                    raise RuntimeError("LibreOffice could not open " + bare)
                return doc

            doc = load()
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
            result["accepted"] = paragraphs(doc)
            result["remainingAfterAccept"] = len(redlines(doc))
            doc.close(True)

            doc = load()
            frame = doc.getCurrentController().getFrame()
            dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
            result["rejected"] = paragraphs(doc)
            result["remainingAfterReject"] = len(redlines(doc))
            doc.close(True)
            results.append(result)
        with open(dst, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False)
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


if __name__ == "__main__":
    main()
