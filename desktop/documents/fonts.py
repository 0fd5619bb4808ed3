"""The bundled Noto fonts, registered once per process, and a cached text width.

Only TrueType fonts are used; ReportLab embeds a subset of each in every PDF. Letters are set in
Noto Serif, the letterhead, receipts' labels and marks in Noto Sans.
"""

from __future__ import annotations

import threading
import zlib
from functools import lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    TTFontFace,
    makeToUnicodeCMap,
)

from desktop.config import FONTS_DIR

SERIF = "CabangSerif"
SERIF_BOLD = "CabangSerif-Bold"
SERIF_ITALIC = "CabangSerif-Italic"
SANS = "CabangSans"
SANS_BOLD = "CabangSans-Bold"
SANS_ITALIC = "CabangSans-Italic"

_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
}

_lock = threading.Lock()
_registered = False
_widths: dict[tuple[str, str], float] = {}  # (font, word) -> width at 1 pt


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = FONTS_DIR / filename
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(_SubsetCachingFont(name, str(path)))
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                      boldItalic=SERIF_BOLD)
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD)
        # Streams are Flate-compressed; the extra ASCII85 layer only costs time (pure Python here).
        rl_config.useA85 = 0
        _registered = True


class _Bytes(pdfdoc.PDFObject):
    """An already formatted PDF value."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document) -> bytes:
        return self.data


class _Preformatted(pdfdoc.PDFObject):
    """A dictionary whose fixed entries are formatted once; only references are formatted per PDF."""

    __RefOnly__ = 1

    def __init__(self, head: bytes, refs: tuple[tuple[bytes, object], ...]) -> None:
        self.head = head
        self.refs = refs

    def format(self, document) -> bytes:
        parts = [self.head] + [key + pdfdoc.format(obj, document) for key, obj in self.refs]
        return b"<<\n" + b"\n".join(parts) + b"\n>>"


def _num(value) -> bytes:
    return pdfdoc.fp_str(value).encode("ascii")


def _flate_stream(raw: bytes, packed: bytes, compression: bool, **entries) -> pdfdoc.PDFStream:
    stream = pdfdoc.PDFStream()
    for key, value in entries.items():
        stream.dictionary[key] = value
    if compression:
        stream.content = packed
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    else:
        stream.content = raw
        stream.filters = []
    return stream


class _SubsetCachingFace(TTFontFace):
    """A TrueType face that keeps each subset it has made, compressed, for the next document.

    Letters use the same characters over and over (ReportLab keeps ASCII at its own codes), so the
    subset of a font is usually the same in every letter of a batch; making and compressing it
    once instead of once per PDF is most of the cost of writing a thousand one-letter files.
    The objects written are the ones TTFontFace.addSubsetObjects writes.
    """

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 - ReportLab's name
        cache = self.__dict__.setdefault("_cabang_subsets", {})
        key = tuple(subset)
        entry = cache.get(key)
        if entry is None:
            raw = self.makeSubset(subset)
            entry = cache[key] = (raw, zlib.compress(raw))
            if len(cache) > 512:
                cache.pop(next(iter(cache)))
        raw, packed = entry
        font_file = _flate_stream(raw, packed, doc.compression, Length1=len(raw))
        ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        heads = self.__dict__.setdefault("_cabang_descriptors", {})
        head = heads.get(fontname)
        if head is None:
            flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
            head = heads[fontname] = b"\n".join([
                b"/Type /FontDescriptor", b"/Ascent " + _num(self.ascent), b"/CapHeight " + _num(self.capHeight),
                b"/Descent " + _num(self.descent), b"/Flags " + _num(flags),
                b"/FontBBox [ " + b" ".join(_num(v) for v in self.bbox) + b" ]",
                b"/FontName /" + fontname.encode("pdfdoc"), b"/ItalicAngle " + _num(self.italicAngle),
                b"/StemV " + _num(self.stemV), b"/MissingWidth " + _num(self.defaultWidth)])
        descriptor = _Preformatted(head, ((b"/FontFile2 ", ref),))
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


class _SubsetCachingFont(TTFont):
    """TTFont whose per-document objects (widths, ToUnicode map, font program) are remembered by
    subset; see _SubsetCachingFace. Writes the objects TTFont.addObjects writes."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, asciiReadable=True)
        self.face.__class__ = _SubsetCachingFace
        self._cabang_objects: dict = {}

    def addObjects(self, doc):  # noqa: N802 - ReportLab's name
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            key = (base_name, tuple(subset))
            cached = self._cabang_objects.get(key)
            if cached is None:
                widths = b"[ " + b" ".join(pdfdoc.pdfdocEnc(pdfdoc.fp_str(self.face.getCharWidth(c)))
                                           for c in subset) + b" ]"
                cmap = makeToUnicodeCMap(base_name, subset).encode("latin-1")
                cached = self._cabang_objects[key] = (widths, cmap, zlib.compress(cmap))
                if len(self._cabang_objects) > 512:
                    self._cabang_objects.pop(next(iter(self._cabang_objects)))
            widths, cmap, cmap_packed = cached
            head = b"\n".join([
                b"/Type /Font", b"/Subtype /TrueType", b"/Name /" + internal_name.encode("ascii"),
                b"/BaseFont /" + base_name.encode("pdfdoc"), b"/FirstChar 0",
                b"/LastChar " + _num(len(subset) - 1), b"/Widths " + widths])
            to_unicode = doc.Reference(_flate_stream(cmap, cmap_packed, doc.compression), "toUnicodeCMap:" + base_name)
            descriptor = self.face.addSubsetObjects(doc, base_name, subset)
            font = _Preformatted(head, ((b"/ToUnicode ", to_unicode), (b"/FontDescriptor ", descriptor)))
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]


def width(text: str, font: str, size: float) -> float:
    """The width of `text` in points; words are measured once and remembered (letters repeat)."""
    key = (font, text)
    w = _widths.get(key)
    if w is None:
        if not _registered:
            register_fonts()
        widths = _char_widths.get(font)
        if widths is None:
            widths = _char_widths[font] = pdfmetrics.getFont(font).face.charWidths
        try:  # what pdfmetrics.stringWidth computes, without its per-character Python loop
            w = 0.001 * sum(map(widths.__getitem__, map(ord, text)))
        except KeyError:  # a character the font lacks: its default width, as ReportLab gives it
            w = pdfmetrics.stringWidth(text, font, 1.0)
        if len(_widths) < 200_000:
            _widths[key] = w
    return w * size


_char_widths: dict[str, dict[int, float]] = {}


@lru_cache(maxsize=4096)
def wrap(text: str, font: str, size: float, max_width: float) -> tuple[tuple[str, ...], ...]:
    """Greedy word wrap: the words of each line. A word longer than a line is broken by characters.
    Remembered: the same paragraph appears in every letter of a batch."""
    return tuple(tuple(line) for line in _wrap(text, font, size, max_width))


def _wrap(text: str, font: str, size: float, max_width: float) -> list[list[str]]:
    space = width(" ", font, size)
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        w = width(word, font, size)
        if w > max_width:  # an account number or a URL with no spaces
            if current:
                lines.append(current)
                current, used = [], 0.0
            piece = ""
            for ch in word:
                if piece and width(piece + ch, font, size) > max_width:
                    lines.append([piece])
                    piece = ch
                else:
                    piece += ch
            current, used = [piece], width(piece, font, size)
            continue
        if current and used + space + w > max_width:
            lines.append(current)
            current, used = [word], w
        else:
            used = used + space + w if current else w
            current.append(word)
    if current:
        lines.append(current)
    return lines


def _escape(chunk: bytes) -> str:
    return (chunk.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            .replace(b"\r", b"\\r").replace(b"\n", b"\\n").decode("latin-1"))


_fresh: dict[str, TTFont.State] = {}


def _fresh_state(face: TTFont) -> TTFont.State:
    """A new document's subsetting state for a font, as TTFont makes it, copied from one made once:
    making it walks the ASCII table, for every font of every letter."""
    proto = _fresh.get(face.fontName)
    if proto is None:
        proto = _fresh[face.fontName] = TTFont.State(face._asciiReadable)  # noqa: SLF001 - as TTFont does
    state = TTFont.State.__new__(TTFont.State)
    state.__dict__.update(proto.__dict__)  # a shallow copy, with its own assignments and subsets
    state.assignments = dict(proto.assignments)
    state.subsets = [list(s) for s in proto.subsets]
    return state


# On a PageCanvas (pdfwrite) each bundled font has the same resource name in every document, so the
# operators of a line of ASCII text are the same in every letter and can be made once (text_ops).
FIXED_NAMES = {font: f"C{n}" for n, font in enumerate(_FILES, start=1)}


def font_in(c, font: str) -> str:
    """The resource name ("/F1+0", on a PageCanvas "/C1+0") of the font's first subset in the
    canvas' document; the font is used by the document from then on."""
    names = c.__dict__.get("_cabang_fonts")
    if names is None:
        names = c._cabang_fonts = {}
    name = names.get(font)
    if name is None:
        fixed = FIXED_NAMES.get(font) if getattr(c, "fixed_font_names", False) else None
        if fixed is not None:  # ASCII keeps its own codes in the first subset: no state until other text
            name = names[font] = f"/{fixed}+0"
        else:
            name = names[font] = subsetting(c, font).getSubsetInternalName(0, c._doc)  # noqa: SLF001
    return name


def subsetting(c, font: str) -> TTFont:
    """The font, with its subsetting state in the canvas' document made (named as TTFont does, on a
    PageCanvas with its fixed name): what text outside ASCII needs to get its codes."""
    doc = c._doc  # noqa: SLF001 - the font subsets belong to the document being written
    face = pdfmetrics.getFont(font)
    if doc not in face.state:
        state = face.state[doc] = _fresh_state(face)
        fixed = FIXED_NAMES.get(font) if getattr(c, "fixed_font_names", False) else None
        if fixed is not None:  # as TTFont.getSubsetInternalName registers it, with a fixed name
            state.internalName = fixed
            doc.fontMapping[font] = "/" + fixed
            doc.delayedFonts.append(face)
    return face


def ascii_subset(font: str) -> tuple[int, ...]:
    """The first subset of a document that drew only ASCII in the font (the same in every one)."""
    found = _ascii_subsets.get(font)
    if found is None:
        found = _ascii_subsets[font] = tuple(_fresh_state(pdfmetrics.getFont(font)).subsets[0])
    return found


_ascii_subsets: dict[str, tuple[int, ...]] = {}


@lru_cache(maxsize=65536)
def text_ops(font: str, size: float, x: float, text: str, word_space: float = 0.0,
             align: str = "L") -> tuple[str, str] | None:
    """The operators draw_text writes on a PageCanvas for one line of ASCII text, as the parts
    before and after its baseline's y; None for text that is empty or not ASCII (whose codes
    depend on the document). Remembered: a batch draws the same lines in every letter."""
    if not text or font not in FIXED_NAMES or not (text.isascii() and text.isprintable()):
        return None
    if align != "L":
        w = width(text, font, size) + (word_space * text.count(" ") if word_space else 0.0)
        x = x - w if align == "R" else x - w / 2
    shown = f"/{FIXED_NAMES[font]}+0 {size:g} Tf ({_escape(text.encode('ascii'))}) Tj"
    if word_space:
        return f"BT 1 0 0 1 {x:.2f} ", f" Tm {word_space:.3f} Tw {shown} 0 Tw ET"
    return f"BT 1 0 0 1 {x:.2f} ", f" Tm {shown} ET"


# (font's name in the document, size, text) -> "/F1+0 11 Tf (text) Tj" for ASCII text, whose codes are
# the same in every document; and "BT 1 0 0 1 x y Tm " per position: a batch repeats both.
_ascii_shown: dict[tuple[str, float, str], str] = {}
_positions: dict[tuple[float, float], str] = {}


def draw_text(c, font: str, size: float, x: float, y: float, text: str, word_space: float = 0.0,
              align: str = "L") -> None:
    """Draw one line of text in a bundled TrueType font, straight into the page's content stream.

    The canvas' own drawString builds a text object and measures the string for every call; a
    letter batch draws tens of thousands of lines, most of them the same in every letter, so this
    writes the PDF operators directly (the same ones drawString writes: font subset, position,
    word spacing, string). ASCII text keeps its own codes in the first subset of every bundled font
    (asciiReadable), so its encoded form is remembered across documents; other text goes through
    the font's subsetting for this document. Align "R" and "C" take x as the right edge or the centre.
    """
    if not text:
        return
    if align != "L":
        w = width(text, font, size) + (word_space * text.count(" ") if word_space else 0.0)
        x = x - w if align == "R" else x - w / 2
    names = c.__dict__.get("_cabang_fonts")
    name = names.get(font) if names is not None else None
    if name is None:
        name = font_in(c, font)
    doc = c._doc  # noqa: SLF001 - the font subsets belong to the document being written
    key = (name, size, text)
    shown = _ascii_shown.get(key)
    if shown is None:
        if text.isascii() and text.isprintable():
            shown = f"{name} {size:g} Tf ({_escape(text.encode('ascii'))}) Tj"
            if len(_ascii_shown) < 200_000:
                _ascii_shown[key] = shown
        else:  # codes given by this document's subsets: not remembered across documents
            face = subsetting(c, font)
            shown = " ".join(f"{face.getSubsetInternalName(subset, doc)} {size:g} Tf ({_escape(chunk)}) Tj"
                             for subset, chunk in face.splitString(text, doc))
    at = _positions.get((x, y))
    if at is None:
        at = f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm "
        if len(_positions) < 100_000:
            _positions[(x, y)] = at
    if word_space:
        c._code.append(f"{at}{word_space:.3f} Tw {shown} 0 Tw ET")  # noqa: SLF001
    else:
        c._code.append(f"{at}{shown} ET")  # noqa: SLF001
