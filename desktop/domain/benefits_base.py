"""The vocabulary of the Santunan & Beasiswa area: causes, programmes, segments and the components
a death benefit is paid in."""

from __future__ import annotations

import enum

from desktop.errors import QT_TRANSLATE_NOOP


class Cause(enum.StrEnum):
    JKM = "jkm"  # death not caused by work
    JKK = "jkk"  # work accident or occupational disease


class Programme(enum.StrEnum):
    JKM = "JKM"
    JKK = "JKK"
    BEASISWA = "Beasiswa"


class Segment(enum.StrEnum):
    PU = "PU"  # Penerima Upah (wage earners)
    BPU = "BPU"  # Bukan Penerima Upah (informal)
    JAKON = "JAKON"  # Jasa Konstruksi


SEGMENT_LABELS = {
    Segment.PU: QT_TRANSLATE_NOOP("Benefits", "Wage earners (PU)"),
    Segment.BPU: QT_TRANSLATE_NOOP("Benefits", "Informal workers (BPU)"),
    Segment.JAKON: QT_TRANSLATE_NOOP("Benefits", "Construction services (Jasa Konstruksi)"),
}


class Component(enum.StrEnum):
    LUMP_SUM = "lump_sum"  # santunan sekaligus (JKM)
    BERKALA = "berkala"  # santunan berkala, 24 months paid at once
    FUNERAL = "funeral"  # biaya pemakaman
    JKK_48X = "jkk_48x"  # santunan kematian JKK, 48 x the monthly wage
    SCHOLARSHIP_LUMP = "scholarship_lump"  # PP 44/2015 beasiswa, one amount
    SCHOLARSHIP_YEAR = "scholarship_year"  # PP 82/2019 beasiswa, one academic year of one child


COMPONENT_LABELS_ID = {
    Component.LUMP_SUM: "Santunan sekaligus",
    Component.BERKALA: "Santunan berkala",
    Component.FUNERAL: "Biaya pemakaman",
    Component.JKK_48X: "Santunan kematian JKK",
    Component.SCHOLARSHIP_LUMP: "Beasiswa pendidikan anak",
    Component.SCHOLARSHIP_YEAR: "Beasiswa pendidikan anak",
}

COMPONENT_LABELS = {
    Component.LUMP_SUM: QT_TRANSLATE_NOOP("Benefits", "Lump-sum death grant"),
    Component.BERKALA: QT_TRANSLATE_NOOP("Benefits", "Periodic grant (paid at once)"),
    Component.FUNERAL: QT_TRANSLATE_NOOP("Benefits", "Funeral costs"),
    Component.JKK_48X: QT_TRANSLATE_NOOP("Benefits", "JKK death benefit (48 × wage)"),
    Component.SCHOLARSHIP_LUMP: QT_TRANSLATE_NOOP("Benefits", "Scholarship (lump sum)"),
    Component.SCHOLARSHIP_YEAR: QT_TRANSLATE_NOOP("Benefits", "Scholarship year"),
}

# Components paid on the claim itself (one each); scholarship years are keyed by child and year.
CLAIM_COMPONENTS = (Component.LUMP_SUM, Component.BERKALA, Component.FUNERAL, Component.JKK_48X,
                    Component.SCHOLARSHIP_LUMP)
