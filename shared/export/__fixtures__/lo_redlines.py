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
Runs soffice through scripts/lo_office.py (a private profile; stopped at the end).
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from lo_office import office, prop  # noqa: E402


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
    with office() as lo:
        desktop, dispatcher, ctx, url = lo.desktop, lo.dispatcher, lo.ctx, lo.url
        smgr = ctx.ServiceManager
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


if __name__ == "__main__":
    main()
