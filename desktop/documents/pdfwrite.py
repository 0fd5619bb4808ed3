"""A lean PDF writer for letters: each letter is drawn once into compressed page streams, and any
number of letters is then written as a PDF by joining bytes.

ReportLab's Canvas builds a tree of PDF objects and formats it anew for every document, which cost
more than drawing the letter itself when a batch writes one archive file per letter and one PDF for
printing. Here a letter is drawn on `PageCanvas` (the few Canvas operations the layout uses, the
text written by fonts.draw_text), giving `DrawnPages`: its page streams (Flate-compressed), the font
subsets it uses and its images. `write_pdf` turns one or many of them into a PDF; the objects that
do not change from letter to letter (font programs, widths, the logo) are formatted once per
process and shared by every letter of a combined PDF. So a batch draws each letter once and writes
both the letter's own file and the print PDF from the same pages.

What letters show alike - the letterhead, the fixed paragraphs of a template, the signature block -
is a Form XObject (`Form`): drawn and compressed once per process, written once in a combined PDF,
and shown on each page with one `Do`. A page's own stream keeps only what is particular to the
letter (number, date, recipient, filled-in values), so there is less to draw, compress and write.

The fonts are ReportLab's TrueType fonts (fonts.py): their subsetting gives the codes, their
faces the embedded subset programs, so every font is embedded, as in ReportLab's own output.
Output is deterministic: the same letter gives the same bytes.
"""

from __future__ import annotations

import hashlib
import math
import threading
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, makeToUnicodeCMap

from desktop.documents.fonts import FIXED_NAMES, ascii_subset, font_in, register_fonts

_PATH_OPS = {(1, 0): "S", (0, 1): "f", (1, 1): "B", (0, 0): "n"}
MEDIA_BOX = b"[ 0 0 %s %s ]" % (pdfdoc.fp_str(A4[0]).encode(), pdfdoc.fp_str(A4[1]).encode())


def _n(*values: float) -> str:
    """Numbers in page operators (ReportLab's own formatter is pure Python here, and slow)."""
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") if v % 1 else str(int(v)) for v in values)


@dataclass(frozen=True)
class DrawnPages:
    """A drawn document: compressed content stream per page, and the resources they name."""

    contents: tuple[bytes, ...]
    fonts: tuple[tuple[str, str, tuple[int, ...]], ...]  # (resource name, font name, subset codes)
    images: tuple[tuple[str, str], ...]  # (resource name, image key: see register_image)
    forms: tuple[Form, ...] = ()  # the shared drawings its pages show (`Form`)


@dataclass(frozen=True, eq=False)
class Form:
    """Drawing that many letters show the same (the letterhead, a fixed paragraph): a Form XObject,
    compressed once per process and written once per PDF however many pages show it. Its text is
    ASCII in the bundled fonts, whose first subsets all hold every ASCII character, so it can use
    whichever first subset of each font a PDF has."""

    name: str  # resource name, made from the content: the same drawing has the same name everywhere
    stream: bytes  # the operators, Flate-compressed
    fonts: tuple[str, ...]  # font names (fonts.FIXED_NAMES gives their resource names)
    images: tuple[tuple[str, str], ...] = ()  # (image key, resource name in the operators)


_forms: dict[tuple, Form] = {}


def make_form(code: Sequence[str], fonts: Sequence[str], images: Sequence[tuple[str, str]] = ()) -> Form:
    """The form drawing these operators (remembered: a batch shows the same forms on every letter)."""
    key = (tuple(code), tuple(images))
    form = _forms.get(key)
    if form is None:
        raw = "\n".join(code).encode("latin-1")
        name = "X" + hashlib.sha1(raw + repr(key[1]).encode()).hexdigest()[:16]  # noqa: S324 - a name
        packer = zlib.compressobj(6, zlib.DEFLATED, 12, 6)  # see PageCanvas.showPage
        form = Form(name, packer.compress(raw) + packer.flush(), tuple(fonts), tuple(images))
        with _lock:
            if len(_forms) >= 4096:
                _forms.pop(next(iter(_forms)))
            _forms[key] = form
    return form


class _FontNames:
    """What ReportLab's TTFont needs of a document to name and collect its subsets."""

    def __init__(self) -> None:
        self.fontMapping: dict[str, str] = {}  # noqa: N815 - ReportLab's names
        self.delayedFonts: list = []  # noqa: N815


@dataclass(frozen=True)
class Recording:
    """Drawing made once, to be shown again as a form (see `record`): operators, fonts, images."""

    code: tuple[str, ...]
    fonts: tuple[str, ...]
    images: tuple[tuple[str, str], ...]  # (image key, resource name used in the code)


class PageCanvas:
    """The part of ReportLab's Canvas the letter layout draws with, writing PDF operators.

    The bundled fonts have the same resource names in every document (fonts.FIXED_NAMES), so what
    is drawn in ASCII text is the same in every letter: layout Items carry their text operators made
    once (`place`), and what many letters show alike (the letterhead, fixed paragraphs) is a Form
    drawn once and shown with `draw_form`."""

    fixed_font_names = True

    def __init__(self) -> None:
        self._doc = _FontNames()
        self._code: list[str] = []
        self._contents: list[bytes] = []
        self._images: dict[str, str] = {}  # image key -> resource name
        self._cabang_fonts: dict[str, str] = {}  # font -> resource name of its first subset (fonts.font_in)
        self._forms: dict[str, Form] = {}

    def place(self, item: Any, y: float) -> None:
        """A layout Item with its top at y: its ready-made text operators when it has them."""
        texts = item.texts
        if not texts:
            item.draw(self, y)
            return
        for font in item.fonts:
            if font not in self._cabang_fonts:
                font_in(self, font)
        at = f"{y - item.baseline:.2f}"
        self._code.extend([before + at + after for before, after in texts])

    def draw_form(self, form: Form, y: float) -> None:
        """Show a form with its origin moved up to y."""
        for font in form.fonts:
            if font not in self._cabang_fonts:
                font_in(self, font)
        self._forms.setdefault(form.name, form)
        self._code.append(f"q 1 0 0 1 0 {y:.2f} cm /{form.name} Do Q")

    # graphics state and paths (the operators ReportLab's Canvas writes for the same calls)
    def setLineWidth(self, w: float) -> None:  # noqa: N802 - Canvas' names
        self._code.append(f"{_n(w)} w")

    def setFillGray(self, g: float) -> None:  # noqa: N802
        self._code.append(f"{_n(g)} g")

    def setStrokeGray(self, g: float) -> None:  # noqa: N802
        self._code.append(f"{_n(g)} G")

    def setDash(self, array=(), phase: float = 0) -> None:  # noqa: N802
        if isinstance(array, int | float):
            array, phase = [array, phase], 0
        self._code.append(f"[{_n(*array) if array else ''}] {_n(phase)} d")

    def saveState(self) -> None:  # noqa: N802
        self._code.append("q")

    def restoreState(self) -> None:  # noqa: N802
        self._code.append("Q")

    def translate(self, dx: float, dy: float) -> None:
        self._code.append(f"1 0 0 1 {_n(dx, dy)} cm")

    def rotate(self, degrees: float) -> None:
        c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
        self._code.append(f"{_n(c, s, -s, c)} 0 0 cm")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._code.append(f"n {_n(x1, y1)} m {_n(x2, y2)} l S")

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self._code.append(f"n {_n(x, y, w, h)} re {_PATH_OPS[(1 if stroke else 0, 1 if fill else 0)]}")

    def drawImage(self, image, x: float, y: float, width: float, height: float, mask=None) -> None:  # noqa: N802
        key = register_image(image)
        name = self._images.get(key)
        if name is None:
            name = self._images[key] = f"Im{len(self._images) + 1}"
        self._code.append(f"q {_n(width)} 0 0 {_n(height)} {_n(x, y)} cm /{name} Do Q")

    def showPage(self) -> None:  # noqa: N802
        # level 1 and a small window: a page of text operators (a few kilobytes, the fixed text being in
        # forms) packs as small as with zlib's defaults, without setting up its 256 KB of tables each time
        packer = zlib.compressobj(1, zlib.DEFLATED, 12, 6)
        self._contents.append(packer.compress("\n".join(self._code).encode("latin-1")) + packer.flush())
        self._code = []

    def finish(self) -> DrawnPages:
        """The pages drawn (a page still open is ended), and the font subsets they use."""
        if self._code:
            self.showPage()
        states = {face.fontName: face.state.pop(self._doc) for face in self._doc.delayedFonts}
        self._doc.delayedFonts = []
        fonts = []
        for font in self._cabang_fonts:  # in the order of first use
            state = states.pop(font, None)
            if state is None:  # only ASCII drawn: no subsetting state was needed (fonts.font_in)
                fonts.append((f"{FIXED_NAMES[font]}+0", font, ascii_subset(font)))
            else:
                fonts += [(f"{state.internalName}+{n}", font, tuple(subset)) for n, subset in enumerate(state.subsets)]
        return DrawnPages(tuple(self._contents), tuple(fonts),
                          tuple((name, key) for key, name in self._images.items()), tuple(self._forms.values()))

    def abandon(self) -> None:
        """Forget the font state of a document that will not be finished."""
        for font in self._doc.delayedFonts:
            font.state.pop(self._doc, None)
        self._doc.delayedFonts = []


def record(draw: Callable[[PageCanvas], Any]) -> tuple[Recording | None, Any]:
    """Draw on a fresh page and keep the operators, for drawing that is the same in many documents;
    (None, result) when it cannot be shown as a form: text outside ASCII gets codes per document."""
    c = PageCanvas()
    try:
        result = draw(c)
        fonts = tuple(c._cabang_fonts)  # noqa: SLF001
        ascii_only = all(face.state[c._doc].nextCode == 1 and len(face.state[c._doc].subsets) == 1  # noqa: SLF001
                         for face in c._doc.delayedFonts)  # noqa: SLF001
        recording = Recording(tuple(c._code), fonts, tuple(c._images.items()))  # noqa: SLF001
    finally:
        c.abandon()
    if not ascii_only or c._contents:  # noqa: SLF001 - a page ended inside: not a part of one page
        return None, result
    return recording, result


# ---- shared objects, formatted once per process --------------------------------------------------

_lock = threading.Lock()
_images: dict[str, tuple[bytes, bytes | None]] = {}  # key -> (image object, soft mask object or None)
_fonts: dict[tuple[str, tuple[int, ...]], tuple[bytes, bytes, bytes, bytes, bytes]] = {}


def _stream(entries: bytes, data: bytes) -> bytes:
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _image_object(xobj) -> bytes:
    entries = [b"/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent %d /ColorSpace /%s"
               % (xobj.width, xobj.height, xobj.bitsPerComponent, xobj.colorSpace.encode("ascii"))]
    if xobj.colorSpace == "DeviceCMYK" and getattr(xobj, "_dotrans", 0):  # an inverted (Adobe) CMYK JPEG
        entries.append(b"/Decode [ 1 0 1 0 1 0 1 0 ]")
    elif getattr(xobj, "_decode", None):
        entries.append(b"/Decode [ %s ]" % _n(*xobj._decode).encode())  # noqa: SLF001
    entries.append(b"/Filter [ " + b" ".join(b"/" + f.encode("ascii") for f in xobj._filters) + b" ]")  # noqa: SLF001
    if xobj.mask:
        entries.append(b"/Mask [ %s ]" % _n(*xobj.mask).encode())
    content = xobj.streamContent
    return _stream(b" ".join(entries), content.encode("latin-1") if isinstance(content, str) else content)


def register_image(reader) -> str:
    """The key of an image (a ReportLab ImageReader; see letterhead._logo), its objects made once."""
    key = getattr(reader, "cabang_key", None) or f"id{id(reader)}"
    if key in _images:
        return key
    register_fonts()  # also sets up ReportLab's options (no ASCII85 layer) as for every PDF here
    xobj = pdfdoc.PDFImageXObject(key, reader, mask="auto")
    smask = xobj._smask if getattr(xobj, "_smask", None) else None  # noqa: SLF001
    with _lock:
        _images[key] = (_image_object(xobj), _image_object(smask) if smask is not None else None)
    return key


def _tag(font_name: str, subset: tuple[int, ...]) -> bytes:
    """A subset tag (six capitals) that differs between different subsets of a font."""
    digest = hashlib.sha1(repr((font_name, subset)).encode()).digest()  # noqa: S324 - a name, not security
    return bytes(65 + b % 26 for b in digest[:6])


def _font_objects(font_name: str, subset: tuple[int, ...]) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    """(font dictionary head, ToUnicode stream, descriptor head, font program stream, subset tag) of
    a subset; the heads get their references appended when written."""
    key = (font_name, subset)
    found = _fonts.get(key)
    if found is not None:
        return found
    font = pdfmetrics.getFont(font_name)
    face = font.face
    tag = _tag(font_name, subset)
    base = tag + b"+" + face.name + face.subfontNameX
    widths = b" ".join(pdfdoc.fp_str(face.getCharWidth(c)).encode() for c in subset)
    head = (b"/Type /Font /Subtype /TrueType /BaseFont /" + base + b" /FirstChar 0 /LastChar %d /Widths [ "
            % (len(subset) - 1) + widths + b" ]")
    cmap = makeToUnicodeCMap(base.decode("latin-1"), list(subset)).encode("latin-1")
    to_unicode = _stream(b"/Filter [ /FlateDecode ]", zlib.compress(cmap))
    program = face.makeSubset(list(subset))
    font_file = _stream(b"/Filter [ /FlateDecode ] /Length1 %d" % len(program), zlib.compress(program))
    flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
    descriptor = (b"/Type /FontDescriptor /Ascent %s /CapHeight %s /Descent %s /Flags %d /FontBBox [ %s ] "
                  b"/FontName /%s /ItalicAngle %s /StemV %s /MissingWidth %s" % (
                      _n(face.ascent).encode(), _n(face.capHeight).encode(), _n(face.descent).encode(), flags,
                      _n(*face.bbox).encode(), base, _n(face.italicAngle).encode(), _n(face.stemV).encode(),
                      _n(face.defaultWidth).encode()))
    found = (head, to_unicode, descriptor, font_file, tag)
    with _lock:
        if len(_fonts) > 512:
            _fonts.pop(next(iter(_fonts)))
        _fonts[key] = found
    return found


_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
_form_bodies: dict[tuple, bytes] = {}


def _form_body(form: Form, font_refs: tuple[int, ...], image_refs: tuple[int, ...]) -> bytes:
    fonts = b" ".join(b"/%s+0 %d 0 R" % (FIXED_NAMES[font].encode("ascii"), ref)
                      for font, ref in zip(form.fonts, font_refs, strict=True))
    resources = b"/Resources << /Font << " + fonts + b" >>"
    if form.images:
        resources += b" /XObject << " + b" ".join(b"/%s %d 0 R" % (name.encode("ascii"), ref) for (_key, name), ref
                                                   in zip(form.images, image_refs, strict=True)) + b" >>"
    return _stream(b"/Type /XObject /Subtype /Form /BBox [ 0 -1200 1200 1200 ] " + resources
                   + b" >> /Filter [ /FlateDecode ]", form.stream)


# ---- writing ----------------------------------------------------------------------------------------

def _pdf_string(text: str) -> bytes:
    data = text.encode("utf-16-be")
    return b"<FEFF" + data.hex().upper().encode("ascii") + b">"


class _Objects:
    def __init__(self) -> None:
        self.bodies: list[bytes] = [b"", b"", b""]  # 1 catalog, 2 page tree, 3 info: written last
        self.names: dict[int, bytes] = {}  # shared objects: what identifies them in the file identifier

    def add(self, body: bytes, name: bytes | None = None) -> int:
        self.bodies.append(body)
        if name is not None:
            self.names[len(self.bodies)] = name
        return len(self.bodies)


def write_pdf(documents: Sequence[DrawnPages], title: str = "") -> bytes:
    """One PDF with the pages of every document in order; font programs and images written once."""
    pdf = PdfBuilder()
    for doc in documents:
        pdf.add(doc)
    return pdf.finish(title)


class PdfBuilder:
    """A PDF made document by document (a batch adds its letters as they come back from drawing);
    `finish` gives its bytes."""

    def __init__(self) -> None:
        register_fonts()  # pages drawn in a worker process name fonts this process may not have loaded yet
        self.objs = _Objects()
        self.shared: dict[object, int] = {}
        self.kids: list[int] = []

    def _font_ref(self, font_name: str, subset: tuple[int, ...]) -> int:
        key = (font_name, subset)
        number = self.shared.get(key)
        if number is None:
            objs = self.objs
            head, to_unicode, descriptor, font_file, name = _font_objects(font_name, subset)
            # the file identifier names shared objects: hashing their tens of kilobytes per file costs more
            file_ref = objs.add(font_file, b"program " + name)
            desc_ref = objs.add(b"<< " + descriptor + b" /FontFile2 %d 0 R >>" % file_ref)
            cmap_ref = objs.add(to_unicode, b"cmap " + name)
            number = self.shared[key] = objs.add(b"<< " + head + b" /ToUnicode %d 0 R /FontDescriptor %d 0 R >>"
                                                 % (cmap_ref, desc_ref))
        return number

    def _image_ref(self, key: str) -> int:
        number = self.shared.get(key)
        if number is None:
            image, smask = _images[key]
            if smask is not None:
                mask_ref = self.objs.add(smask, b"smask " + key.encode())
                image = image.replace(b" /Length ", b" /SMask %d 0 R /Length " % mask_ref, 1)
            number = self.shared[key] = self.objs.add(image, b"image " + key.encode())
        return number

    def _form_ref(self, form: Form, first_subsets: dict[str, int]) -> int:
        number = self.shared.get(form.name)
        if number is None:
            refs = (tuple(first_subsets[font] for font in form.fonts),
                    tuple(self._image_ref(key) for key, _ in form.images))
            key = (form.name, refs)
            body = _form_bodies.get(key)  # the same in every file of a batch: formatted once
            if body is None:
                body = _form_body(form, *refs)
                with _lock:
                    if len(_form_bodies) >= 4096:
                        _form_bodies.pop(next(iter(_form_bodies)))
                    _form_bodies[key] = body
            number = self.shared[form.name] = self.objs.add(body, b"form %s %r" % (form.name.encode("ascii"), refs))
        return number

    def add(self, doc: DrawnPages) -> None:
        """The document's pages, after those already added."""
        objs = self.objs
        refs = [(name, font, self._font_ref(font, subset)) for name, font, subset in doc.fonts]
        fonts = b" ".join(b"/%s %d 0 R" % (name.encode("ascii"), ref) for name, _font, ref in refs)
        resources = b"<< /Font << " + fonts + b" >> /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]"
        xobjects = [b"/%s %d 0 R" % (name.encode("ascii"), self._image_ref(key)) for name, key in doc.images]
        if doc.forms:
            first_subsets = {font: ref for name, font, ref in refs if name.endswith("+0")}
            xobjects += [b"/%s %d 0 R" % (form.name.encode("ascii"), self._form_ref(form, first_subsets))
                         for form in doc.forms]
        if xobjects:
            resources += b" /XObject << " + b" ".join(xobjects) + b" >>"
        res_ref = objs.add(resources + b" >>")
        for content in doc.contents:
            content_ref = objs.add(_stream(b"/Filter [ /FlateDecode ]", content))
            self.kids.append(objs.add(b"<< /Type /Page /Parent 2 0 R /MediaBox " + MEDIA_BOX
                                      + b" /Resources %d 0 R /Contents %d 0 R >>" % (res_ref, content_ref)))

    def finish(self, title: str = "") -> bytes:
        kids, objs = self.kids, self.objs
        if not kids:
            raise ValueError("nothing to write")
        objs.bodies[0] = b"<< /Type /Catalog /Pages 2 0 R /PageMode /UseNone >>"
        objs.bodies[1] = (b"<< /Type /Pages /Count %d /Kids [ " % len(kids) + b" ".join(b"%d 0 R" % k for k in kids)
                          + b" ] >>")
        objs.bodies[2] = (b"<< /Creator (Cabang) /Producer (Cabang) /CreationDate (D:20000101000000+00'00') "
                          b"/ModDate (D:20000101000000+00'00') /Title " + _pdf_string(title) + b" >>")
        # each object's place in the file, made a list at a time (a batch writes a PDF per letter)
        bodies, names = objs.bodies, objs.names
        heads = [b"%d 0 obj\n" % number for number in range(1, len(bodies) + 1)]
        lengths = [len(head) + len(body) + 8 for head, body in zip(heads, bodies, strict=True)]
        offsets = list(accumulate(lengths, initial=len(_HEADER)))
        size = offsets.pop()
        parts = [_HEADER]
        for head, body in zip(heads, bodies, strict=True):
            parts += (head, body, b"\nendobj\n")
        # shared objects are identified by their names: hashing their tens of kilobytes per file costs more
        identified = b"".join([names.get(number) or heads[number - 1] + bodies[number - 1]
                               for number in range(1, len(bodies) + 1)])
        file_id = hashlib.md5(identified).hexdigest().encode("ascii")  # noqa: S324 - an identifier, not security
        parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        parts.append(b"".join([b"%010d 00000 n \n" % o for o in offsets]))
        parts.append(b"trailer\n<< /ID [ <" + file_id + b"> <" + file_id + b"> ] /Info 3 0 R /Root 1 0 R /Size %d >>\n"
                     % (len(offsets) + 1))
        parts.append(b"startxref\n%d\n%%%%EOF\n" % size)
        return b"".join(parts)
