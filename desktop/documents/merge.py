"""Join PDFs made by this package into one, sharing what they have in common.

A batch prints from one PDF, and every letter in it is also kept as its own file (with its SHA-256
in the register). Rendering each letter twice would double the work; instead the print PDF is put
together from the letters' own files: their objects are renumbered and copied, and objects that
are byte-for-byte the same after renumbering (the embedded font subsets, which are the same in
every letter of a batch) are written once. Each page is the page of the archived file, unchanged.

Only for PDFs this package writes (ReportLab: one classic xref table, no object streams, a flat
page tree); anything else is refused with ValueError rather than joined wrongly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_REF = re.compile(rb"(\d+) 0 R")
_PARENT = re.compile(rb"/Parent (\d+) 0 R")
_PARENT_MARK = b"/Parent \x00PARENT\x00"


def _read(pdf: bytes) -> tuple[dict[int, bytes], int]:
    """The objects of a PDF (number -> bytes between "obj" and "endobj") and its root's number."""
    at = pdf.rfind(b"startxref")
    if at < 0 or not pdf.startswith(b"%PDF-"):
        raise ValueError("not a PDF written by Cabang")
    xref = int(pdf[at + 9:].split()[0])
    if pdf[xref:xref + 4] != b"xref":
        raise ValueError("the PDF has no classic cross-reference table")
    lines = pdf[xref:pdf.index(b"trailer", xref)].split(b"\n")
    first, count = (int(x) for x in lines[1].split())
    if first != 0:
        raise ValueError("unexpected cross-reference table")
    offsets = {}
    for number, line in enumerate(lines[2:2 + count]):
        if line[17:18] == b"n":
            offsets[number] = int(line[:10])
    ends = sorted(offsets.values()) + [xref]
    next_start = {start: ends[i + 1] for i, start in enumerate(ends[:-1])}
    objects = {}
    for number, start in offsets.items():
        chunk = pdf[start:next_start[start]]
        head_end = chunk.index(b"obj") + 3
        body = chunk[head_end:chunk.rindex(b"endobj")]
        objects[number] = body.strip(b"\r\n")
    trailer = pdf[pdf.index(b"trailer", xref):at]
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    if root is None:
        raise ValueError("the PDF has no root")
    return objects, int(root.group(1))


def _split(body: bytes) -> tuple[bytes, bytes]:
    """The dictionary part (where references are) and the stream part (copied as it is)."""
    at = body.find(b"\nstream\n")
    if at < 0:
        at = body.find(b"\nstream\r\n")
    return (body, b"") if at < 0 else (body[:at], body[at:])


def _pages(objects: dict[int, bytes], node: int) -> list[int]:
    head, _ = _split(objects[node])
    if b"/Type /Pages" not in head:
        return [node]
    kids = re.search(rb"/Kids \[([^\]]*)\]", head)
    if kids is None:
        raise ValueError("a page tree without kids")
    out: list[int] = []
    for ref in _REF.findall(kids.group(1)):
        out += _pages(objects, int(ref))
    return out


class _Writer:
    def __init__(self) -> None:
        self.bodies: list[bytes] = [b"", b"", b""]  # 1 catalog, 2 pages, 3 info: written at the end
        self.seen: dict[bytes, int] = {}

    def add(self, body: bytes, share: bool) -> int:
        if share:
            key = hashlib.sha1(body).digest()  # noqa: S324 - content addressing, not security
            known = self.seen.get(key)
            if known is not None:
                return known
        self.bodies.append(body)
        number = len(self.bodies)
        if share:
            self.seen[key] = number
        return number


def merge_pdfs(parts: Iterable[bytes], title: str = "") -> bytes:
    """One PDF with the pages of every part, in order; shared objects written once."""
    writer = _Writer()
    kids: list[int] = []
    for pdf in parts:
        objects, root = _read(pdf)
        catalog, _ = _split(objects[root])
        pages_ref = re.search(rb"/Pages (\d+) 0 R", catalog)
        if pages_ref is None:
            raise ValueError("the PDF has no page tree")
        memo: dict[int, int] = {}

        def copy(number: int, objects=objects, memo=memo) -> int:
            if number in memo:
                return memo[number]
            head, stream = _split(objects[number])
            is_page = b"/Type /Page\n" in head or b"/Type /Page " in head or head.rstrip().endswith(b"/Type /Page")
            if is_page:
                head = _PARENT.sub(_PARENT_MARK, head)
            head = _REF.sub(lambda m: b"%d 0 R" % copy(int(m.group(1))), head)
            if is_page:
                head = head.replace(_PARENT_MARK, b"/Parent 2 0 R")
            memo[number] = writer.add(head + stream, share=not is_page)
            return memo[number]

        for page in _pages(objects, int(pages_ref.group(1))):
            kids.append(copy(page))
    if not kids:
        raise ValueError("nothing to join")
    writer.bodies[0] = b"<<\n/Type /Catalog /Pages 2 0 R /PageMode /UseNone\n>>"
    writer.bodies[1] = (b"<<\n/Type /Pages /Count %d /Kids [ " % len(kids)
                        + b" ".join(b"%d 0 R" % k for k in kids) + b" ]\n>>")
    safe_title = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")
    writer.bodies[2] = (b"<<\n/Creator (Cabang) /Producer (Cabang) /CreationDate (D:20000101000000+00'00') "
                        b"/ModDate (D:20000101000000+00'00') /Title (" + safe_title + b")\n>>")
    out = bytearray(b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    digest = hashlib.md5()  # noqa: S324 - the PDF file identifier, not security
    for number, body in enumerate(writer.bodies, start=1):
        offsets.append(len(out))
        chunk = b"%d 0 obj\n" % number + body + b"\nendobj\n"
        digest.update(chunk)
        out += chunk
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    file_id = digest.hexdigest().encode("ascii")
    out += (b"trailer\n<<\n/ID [<" + file_id + b"><" + file_id + b">]\n/Info 3 0 R\n/Root 1 0 R\n/Size %d\n>>\n"
            % (len(offsets) + 1))
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
