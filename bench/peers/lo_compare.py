"""LibreOffice's Compare Document, timed alone: the peer of `draftwatch compare` in bench/cli.bench.ts.

Usage: python3 lo_compare.py BASE.docx TARGET.docx RUNS

Starts soffice headless with a private profile, then for each run loads the target document
(hidden) and times only the .uno:CompareDocuments dispatch against the base (Writer marks what
changed from the base to the open document as tracked changes, as Edit > Track Changes > Compare
Document does). Prints one JSON line: {"ms": [...], "redlines": N}. soffice runs through scripts/lo_office.py.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from lo_office import office, prop  # noqa: E402


def main():
    base, target, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with office() as lo:
        times = []
        redlines = 0
        for _ in range(runs):
            doc = lo.desktop.loadComponentFromURL(lo.url(target), "_blank", 0, (prop("Hidden", True),))
            frame = doc.getCurrentController().getFrame()
            base_url = lo.url(base)
            start = time.perf_counter()
            lo.dispatcher.executeDispatch(frame, ".uno:CompareDocuments", "", 0, (prop("URL", base_url), prop("NoAcceptDialog", True)))
            times.append((time.perf_counter() - start) * 1000)
            redlines = doc.Redlines.getCount()
            doc.close(True)
        print(json.dumps({"ms": times, "redlines": redlines}))


if __name__ == "__main__":
    main()
