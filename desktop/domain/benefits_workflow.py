"""The people and the steps of a death claim: the heirs in their legal order (domain.md 1.3), the
documents a claim needs (1.4), and the disbursement workflow (draft -> verified -> approved -> paid,
or cancelled) with its four-eyes rule and the key that says what may be paid only once."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desktop.domain.benefits_base import CLAIM_COMPONENTS, Cause, Component, Segment
from desktop.errors import QT_TRANSLATE_NOOP, UserError

# ---- heirs (domain.md 1.3) ------------------------------------------------------------------


class Relationship(enum.StrEnum):
    WIDOW = "widow"  # janda
    WIDOWER = "widower"  # duda
    CHILD = "child"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    WILL = "will"  # named in the participant's will
    FUNERAL_ARRANGER = "funeral_arranger"  # arranged the funeral when there is no heir


RELATIONSHIP_RANK = {
    Relationship.WIDOW: 1, Relationship.WIDOWER: 1, Relationship.CHILD: 1,
    Relationship.PARENT: 2, Relationship.GRANDPARENT: 2, Relationship.GRANDCHILD: 2,
    Relationship.SIBLING: 3, Relationship.PARENT_IN_LAW: 4, Relationship.WILL: 5,
    Relationship.FUNERAL_ARRANGER: 6,
}

RELATIONSHIP_LABELS_ID = {
    Relationship.WIDOW: "Istri (janda)", Relationship.WIDOWER: "Suami (duda)", Relationship.CHILD: "Anak",
    Relationship.PARENT: "Orang tua", Relationship.GRANDPARENT: "Kakek/nenek", Relationship.GRANDCHILD: "Cucu",
    Relationship.SIBLING: "Saudara kandung", Relationship.PARENT_IN_LAW: "Mertua",
    Relationship.WILL: "Ditunjuk dalam wasiat", Relationship.FUNERAL_ARRANGER: "Pihak yang mengurus pemakaman",
}

RELATIONSHIP_LABELS = {
    Relationship.WIDOW: QT_TRANSLATE_NOOP("Benefits", "Widow"),
    Relationship.WIDOWER: QT_TRANSLATE_NOOP("Benefits", "Widower"),
    Relationship.CHILD: QT_TRANSLATE_NOOP("Benefits", "Child"),
    Relationship.PARENT: QT_TRANSLATE_NOOP("Benefits", "Parent"),
    Relationship.GRANDPARENT: QT_TRANSLATE_NOOP("Benefits", "Grandparent"),
    Relationship.GRANDCHILD: QT_TRANSLATE_NOOP("Benefits", "Grandchild"),
    Relationship.SIBLING: QT_TRANSLATE_NOOP("Benefits", "Sibling"),
    Relationship.PARENT_IN_LAW: QT_TRANSLATE_NOOP("Benefits", "Parent-in-law"),
    Relationship.WILL: QT_TRANSLATE_NOOP("Benefits", "Named in the will"),
    Relationship.FUNERAL_ARRANGER: QT_TRANSLATE_NOOP("Benefits", "Arranged the funeral"),
}


@dataclass(frozen=True)
class HeirCandidate:
    key: object  # the caller's id for the heir
    relationship: Relationship


@dataclass(frozen=True)
class HeirProposal:
    """Who the law says is entitled, for the clerk to confirm."""

    entitled: tuple[object, ...]  # keys of the heirs entitled to the santunan
    funeral_only: tuple[object, ...]  # keys entitled to the funeral cost only
    rank: int | None  # the order (1-6) that applies
    text_en: str
    params: dict[str, str] = field(default_factory=dict)
    to_fund: bool = False  # no heir: the santunan goes to the Dana Jaminan Sosial


def propose_heirs(candidates: list[HeirCandidate]) -> HeirProposal:
    """The legal order: spouse or children; then parents, grandparents or grandchildren; siblings;
    parents-in-law; whoever a will names; with none of these, the funeral cost goes to whoever
    arranged the funeral and the santunan to the Dana Jaminan Sosial."""
    heirs = [c for c in candidates if RELATIONSHIP_RANK[c.relationship] <= 5]
    arrangers = tuple(c.key for c in candidates if c.relationship == Relationship.FUNERAL_ARRANGER)
    if heirs:
        rank = min(RELATIONSHIP_RANK[c.relationship] for c in heirs)
        entitled = tuple(c.key for c in heirs if RELATIONSHIP_RANK[c.relationship] == rank)
        return HeirProposal(entitled, (), rank,
                            QT_TRANSLATE_NOOP("Benefits", "Heirs of order {rank} are entitled: {count} person(s)."),
                            {"rank": str(rank), "count": str(len(entitled))})
    if arrangers:
        return HeirProposal((), arrangers, 6,
                            QT_TRANSLATE_NOOP("Benefits", "No heir: the funeral costs go to whoever arranged the "
                                                          "funeral; the other benefits go to the Dana Jaminan Sosial."),
                            {}, to_fund=True)
    return HeirProposal((), (), None, QT_TRANSLATE_NOOP("Benefits", "No heir recorded yet."), {})


def components_for_heir(relationship: Relationship) -> tuple[Component, ...]:
    if relationship == Relationship.FUNERAL_ARRANGER:
        return (Component.FUNERAL,)
    return CLAIM_COMPONENTS + (Component.SCHOLARSHIP_YEAR,)


# ---- claim documents (domain.md 1.4) ----------------------------------------------------------


class DocumentKind(enum.StrEnum):
    AKTA_KEMATIAN = "akta_kematian"
    KARTU_PESERTA = "kartu_peserta"
    KK = "kk"
    KTP_PESERTA = "ktp_peserta"
    KTP_AHLI_WARIS = "ktp_ahli_waris"
    SK_AHLI_WARIS = "sk_ahli_waris"
    BUKU_NIKAH = "buku_nikah"
    BUKU_TABUNGAN = "buku_tabungan"
    SURAT_REFERENSI_KERJA = "surat_referensi_kerja"
    LAPORAN_KK = "laporan_kk"  # JKK: accident report stage I/II (form 3 / 3a) and KK3


DOCUMENT_LABELS_ID = {
    DocumentKind.AKTA_KEMATIAN: "Akta/surat keterangan kematian",
    DocumentKind.KARTU_PESERTA: "Kartu peserta BPJS Ketenagakerjaan",
    DocumentKind.KK: "Kartu Keluarga",
    DocumentKind.KTP_PESERTA: "KTP peserta",
    DocumentKind.KTP_AHLI_WARIS: "KTP ahli waris",
    DocumentKind.SK_AHLI_WARIS: "Surat keterangan ahli waris",
    DocumentKind.BUKU_NIKAH: "Buku nikah",
    DocumentKind.BUKU_TABUNGAN: "Buku tabungan ahli waris",
    DocumentKind.SURAT_REFERENSI_KERJA: "Surat referensi kerja",
    DocumentKind.LAPORAN_KK: "Laporan kecelakaan kerja tahap I/II dan surat keterangan dokter (KK3)",
}


def required_documents(cause: Cause, segment: Segment, spouse_heir: bool = True) -> tuple[DocumentKind, ...]:
    docs = [DocumentKind.AKTA_KEMATIAN, DocumentKind.KARTU_PESERTA, DocumentKind.KK, DocumentKind.KTP_PESERTA,
            DocumentKind.KTP_AHLI_WARIS, DocumentKind.SK_AHLI_WARIS]
    if spouse_heir:
        docs.append(DocumentKind.BUKU_NIKAH)
    docs.append(DocumentKind.BUKU_TABUNGAN)
    if segment != Segment.BPU:
        docs.append(DocumentKind.SURAT_REFERENSI_KERJA)
    if cause == Cause.JKK:
        docs.append(DocumentKind.LAPORAN_KK)
    return tuple(docs)


# ---- disbursement workflow ---------------------------------------------------------------------


class DisbursementState(enum.StrEnum):
    DRAFT = "draft"
    VERIFIED = "verified"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


STATE_LABELS = {
    DisbursementState.DRAFT: QT_TRANSLATE_NOOP("Benefits", "Draft"),
    DisbursementState.VERIFIED: QT_TRANSLATE_NOOP("Benefits", "Verified"),
    DisbursementState.APPROVED: QT_TRANSLATE_NOOP("Benefits", "Approved"),
    DisbursementState.PAID: QT_TRANSLATE_NOOP("Benefits", "Paid"),
    DisbursementState.CANCELLED: QT_TRANSLATE_NOOP("Benefits", "Cancelled"),
}

NEXT_STATE = {
    DisbursementState.DRAFT: DisbursementState.VERIFIED,
    DisbursementState.VERIFIED: DisbursementState.APPROVED,
    DisbursementState.APPROVED: DisbursementState.PAID,
}


def check_transition(current: DisbursementState, target: DisbursementState) -> None:
    if target == DisbursementState.CANCELLED:
        if current in (DisbursementState.PAID, DisbursementState.CANCELLED):
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "A {state} disbursement cannot be cancelled; a paid one is corrected by a reversal."),
                state=current.value)
        return
    if NEXT_STATE.get(current) != target:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A {state} disbursement cannot be marked {target}."),
            state=current.value, target=target.value)


def check_four_eyes(approver: str, entered_by: str, verified_by: str) -> None:
    """Approval needs a second person: neither the one who entered nor the one who verified."""
    if approver == entered_by:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "You entered this disbursement, so someone else must approve it (four-eyes rule)."))
    if approver == verified_by:
        raise UserError(QT_TRANSLATE_NOOP(
            "UserError", "You verified this disbursement, so someone else must approve it (four-eyes rule)."))


def slot_key(claim_id: object, component: Component, scholarship_year_id: object | None = None) -> str:
    """What may be paid only once: a claim component, or one child's scholarship year."""
    if component == Component.SCHOLARSHIP_YEAR:
        return f"year:{scholarship_year_id}"
    return f"claim:{claim_id}:{component.value}"
