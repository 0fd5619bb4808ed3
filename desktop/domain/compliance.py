"""Employer compliance follow-up (PDS, PWBD, arrears): the case workflow as data, and its deadlines.

The workflow (reference section 5.3) is an explicit state machine:

    identified -> visited | invited -> teguran_1 -> teguran_2 -> referred -> resolved | closed

`MOVES` lists every allowed move; nothing else is possible. A case may be resolved or closed from
any open state, with a reason. Resolved and closed are terminal. While a case is referred, the
referral steps happen (SKK to the Kejaksaan Negeri as Jaksa Pengacara Negara, nota pemeriksaan I
and II by the Wasnaker, TMP3T request to the pemda); they are recorded without changing the state.

Each written warning runs N working days (PP 86/2013: at most two warnings of at most ten working
days each; N is the setting `compliance.warning_working_days`). The next step may be taken on the
first working day after the period has run. Working days come from `WorkCalendar` (public
holidays plus the office's cuti bersama).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import format_date_id
from desktop.domain.workdays import WorkCalendar
from desktop.errors import QT_TRANSLATE_NOOP, UserError


class CaseState(enum.StrEnum):
    IDENTIFIED = "identified"
    VISITED = "visited"
    INVITED = "invited"
    TEGURAN_1 = "teguran_1"
    TEGURAN_2 = "teguran_2"
    REFERRED = "referred"
    RESOLVED = "resolved"
    CLOSED = "closed"


class CaseType(enum.StrEnum):
    PDS_TK = "pds_tk"
    PDS_UPAH = "pds_upah"
    PDS_PROGRAM = "pds_program"
    PWBD = "pwbd"
    TUNGGAKAN = "tunggakan"


class ReferralStep(enum.StrEnum):
    SKK = "skk"  # Surat Kuasa Khusus to the Kejaksaan Negeri (JPN)
    NOTA_1 = "nota_1"  # Nota Pemeriksaan I by the Pengawas Ketenagakerjaan
    NOTA_2 = "nota_2"  # Nota Pemeriksaan II
    TMP3T = "tmp3t"  # request to the pemda: Tidak Mendapat Pelayanan Publik Tertentu


class QueueClass(enum.StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    READY = "ready_to_escalate"
    WAITING = "waiting_reply"
    UPCOMING = "upcoming"


TERMINAL = frozenset({CaseState.RESOLVED, CaseState.CLOSED})
OPEN_STATES = tuple(s for s in CaseState if s not in TERMINAL)
WARNINGS = (CaseState.TEGURAN_1, CaseState.TEGURAN_2)

# Forward moves; resolved and closed are added for every open state below.
_FORWARD: dict[CaseState, tuple[CaseState, ...]] = {
    CaseState.IDENTIFIED: (CaseState.VISITED, CaseState.INVITED),
    CaseState.VISITED: (CaseState.INVITED, CaseState.TEGURAN_1),
    CaseState.INVITED: (CaseState.VISITED, CaseState.TEGURAN_1),
    CaseState.TEGURAN_1: (CaseState.TEGURAN_2,),
    CaseState.TEGURAN_2: (CaseState.REFERRED,),
    CaseState.REFERRED: (),
}

MOVES: dict[CaseState, frozenset[CaseState]] = {
    **{s: frozenset(_FORWARD[s]) | {CaseState.RESOLVED, CaseState.CLOSED} for s in OPEN_STATES},
    **{s: frozenset() for s in TERMINAL},
}

# A move out of a warning may be made only after the warning has run its working days.
WAIT_FOR_WARNING = frozenset({(CaseState.TEGURAN_1, CaseState.TEGURAN_2),
                              (CaseState.TEGURAN_2, CaseState.REFERRED)})

NEEDS_REASON = frozenset({CaseState.RESOLVED, CaseState.CLOSED})

# The letter each move issues through the letter engine (template keys).
LETTER_FOR_MOVE: dict[CaseState, str] = {
    CaseState.INVITED: "undangan_klarifikasi",
    CaseState.TEGURAN_1: "teguran_1",
    CaseState.TEGURAN_2: "teguran_2",
}
LETTER_FOR_STEP: dict[ReferralStep, str] = {
    ReferralStep.SKK: "pengantar_skk_kejari",  # one covering letter per Kejaksaan Negeri and batch
    ReferralStep.TMP3T: "permohonan_tmp3t",
}
STEP_REQUIRES: dict[ReferralStep, ReferralStep] = {ReferralStep.NOTA_2: ReferralStep.NOTA_1}

# Follow-up periods of the states that are not warnings, in working days: office practice, not
# regulation (the invitation gives the employer a week to come; a referral is looked at again
# after about a month, the period quoted for a Wasnaker nota pemeriksaan).
FOLLOW_UP_WORKING_DAYS: dict[CaseState, int] = {
    CaseState.IDENTIFIED: 10,
    CaseState.VISITED: 10,
    CaseState.INVITED: 5,
    CaseState.REFERRED: 22,
}
DEFAULT_WARNING_DAYS = 10

# Names used inside messages and documents (Indonesian terms, as the letters use them).
STATE_TERMS: dict[CaseState, str] = {
    CaseState.IDENTIFIED: "Teridentifikasi",
    CaseState.VISITED: "Kunjungan",
    CaseState.INVITED: "Undangan Klarifikasi",
    CaseState.TEGURAN_1: "Teguran Tertulis I",
    CaseState.TEGURAN_2: "Teguran Tertulis II",
    CaseState.REFERRED: "Dilimpahkan",
    CaseState.RESOLVED: "Selesai",
    CaseState.CLOSED: "Ditutup",
}
STATE_LABELS: dict[CaseState, str] = {
    CaseState.IDENTIFIED: QT_TRANSLATE_NOOP("Compliance", "Identified"),
    CaseState.VISITED: QT_TRANSLATE_NOOP("Compliance", "Visited"),
    CaseState.INVITED: QT_TRANSLATE_NOOP("Compliance", "Invited"),
    CaseState.TEGURAN_1: QT_TRANSLATE_NOOP("Compliance", "Teguran Tertulis I"),
    CaseState.TEGURAN_2: QT_TRANSLATE_NOOP("Compliance", "Teguran Tertulis II"),
    CaseState.REFERRED: QT_TRANSLATE_NOOP("Compliance", "Referred"),
    CaseState.RESOLVED: QT_TRANSLATE_NOOP("Compliance", "Resolved"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("Compliance", "Closed"),
}
CASE_TYPE_TERMS: dict[CaseType, str] = {
    CaseType.PDS_TK: "PDS Tenaga Kerja",
    CaseType.PDS_UPAH: "PDS Upah",
    CaseType.PDS_PROGRAM: "PDS Program",
    CaseType.PWBD: "PWBD (belum terdaftar)",
    CaseType.TUNGGAKAN: "Tunggakan iuran",
}
STEP_TERMS: dict[ReferralStep, str] = {
    ReferralStep.SKK: "SKK ke Kejaksaan Negeri (JPN)",
    ReferralStep.NOTA_1: "Nota Pemeriksaan I (Wasnaker)",
    ReferralStep.NOTA_2: "Nota Pemeriksaan II (Wasnaker)",
    ReferralStep.TMP3T: "Permohonan sanksi TMP3T ke Pemda",
}
QUEUE_LABELS: dict[QueueClass, str] = {
    QueueClass.OVERDUE: QT_TRANSLATE_NOOP("Compliance", "Overdue"),
    QueueClass.DUE_TODAY: QT_TRANSLATE_NOOP("Compliance", "Due today"),
    QueueClass.READY: QT_TRANSLATE_NOOP("Compliance", "Ready to escalate"),
    QueueClass.WAITING: QT_TRANSLATE_NOOP("Compliance", "Waiting for reply"),
    QueueClass.UPCOMING: QT_TRANSLATE_NOOP("Compliance", "Upcoming"),
}

PROGRAMMES = ("JKK", "JKM", "JHT", "JP", "JKP")
SIZES = ("mikro", "kecil", "menengah", "besar")
ESTIMATE_SOURCES = ("WLKP", "Disnaker", "kunjungan", "OSS")
EMPLOYER_STATUSES = ("aktif", "pwbd", "tutup")
PRIORITIES = ("tinggi", "sedang", "rendah")
RISK_CLASSES = (1, 2, 3, 4, 5)

# Action kinds recorded on a case's timeline besides the moves themselves.
NOTE_KINDS = ("visit", "reply", "statement", "call", "note")


class NestedError(UserError):
    """A message that carries another user error as its {problem}, both in the UI language
    ("Case KP-2026-0012: Teguran Tertulis II may not be issued before ...")."""

    def __init__(self, message: str, inner: UserError, **params: object) -> None:
        super().__init__(message, **params)
        self.inner = inner

    def render(self, translate=None) -> str:
        template = translate("UserError", self.message) if translate else self.message
        params = {**self.params, "problem": self.inner.render(translate)}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**params)


# -- the state machine ---------------------------------------------------------------------------


def allowed_moves(state: CaseState | str) -> frozenset[CaseState]:
    return MOVES[CaseState(state)]


def is_open(state: CaseState | str) -> bool:
    return CaseState(state) not in TERMINAL


def warning_due(issued_on: date, calendar: WorkCalendar, days: int) -> date:
    """The last working day of a warning's period (the date written in the letter)."""
    return calendar.add_working_days(issued_on, days)


def escalate_from(issued_on: date, calendar: WorkCalendar, days: int) -> date:
    """The first day the next step may be taken: the working day after the period has run."""
    return calendar.next_working_day(warning_due(issued_on, calendar, days))


def due_date(state: CaseState | str, entered_on: date, calendar: WorkCalendar, warning_days: int) -> date | None:
    """When the case is next due, for a case that entered `state` on `entered_on`."""
    state = CaseState(state)
    if state in TERMINAL:
        return None
    if state in WARNINGS:
        return warning_due(entered_on, calendar, warning_days)
    return calendar.add_working_days(entered_on, FOLLOW_UP_WORKING_DAYS[state])


@dataclass(frozen=True)
class MoveCheck:
    """What a move would do: its due date, and the problem if it is not allowed."""

    target: CaseState
    allowed: bool
    problem: UserError | None
    due: date | None
    may_from: date | None  # for a move that waits for a warning: the first day it may be made
    letter: str | None


def check_move(state: CaseState | str, target: CaseState | str, *, on: date, state_since: date,
               calendar: WorkCalendar, warning_days: int = DEFAULT_WARNING_DAYS,
               reason: str = "", escalate_after: date | None = None) -> MoveCheck:
    """Decide a move without making it. `escalate_after` is the stored first day the next step
    may be taken (the case's own, fixed when its warning was issued); computed when not given."""
    state, target = CaseState(state), CaseState(target)
    due = due_date(target, on, calendar, warning_days)
    letter = LETTER_FOR_MOVE.get(target)
    may_from = None
    if (state, target) in WAIT_FOR_WARNING:
        may_from = escalate_after or escalate_from(state_since, calendar, warning_days)
    problem = _problem(state, target, on=on, state_since=state_since, reason=reason, may_from=may_from,
                       warning_days=warning_days)
    return MoveCheck(target, problem is None, problem, due, may_from, letter)


def _problem(state: CaseState, target: CaseState, *, on: date, state_since: date, reason: str,
             may_from: date | None, warning_days: int) -> UserError | None:
    if state in TERMINAL:
        return UserError(QT_TRANSLATE_NOOP("UserError", "The case is already {state}; it cannot move any more."),
                         state=STATE_TERMS[state])
    if target not in MOVES[state]:
        allowed = ", ".join(STATE_TERMS[s] for s in CaseState if s in MOVES[state])
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "A case at {state} cannot move to {target}. It can move to: {allowed}."),
            state=STATE_TERMS[state], target=STATE_TERMS[target], allowed=allowed)
    if target in NEEDS_REASON and not reason.strip():
        return UserError(QT_TRANSLATE_NOOP("UserError", "Give the reason the case is {target}."),
                         target=STATE_TERMS[target].lower())
    if on < state_since:
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "The date {date} is before the case's last step ({since})."),
            date=format_date_id(on), since=format_date_id(state_since))
    if may_from is not None and on < may_from:
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "{target} may not be issued before {previous} has run its {days} "
                                           "working days. It may be issued from {date}."),
            target=STATE_TERMS[target], previous=STATE_TERMS[state], days=warning_days,
            date=format_date_id(may_from))
    return None


def require_move(state: CaseState | str, target: CaseState | str, **kwargs) -> MoveCheck:
    check = check_move(state, target, **kwargs)
    if check.problem is not None:
        raise check.problem
    return check


def check_referral_step(state: CaseState | str, step: ReferralStep | str, done: Iterable[str]) -> UserError | None:
    state, step = CaseState(state), ReferralStep(step)
    done = set(done)
    if state is not CaseState.REFERRED:
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "{step} can be recorded only for a referred case; this case is at {state}."),
            step=STEP_TERMS[step], state=STATE_TERMS[state])
    if step.value in done:
        return UserError(QT_TRANSLATE_NOOP("UserError", "{step} is already recorded for this case."),
                         step=STEP_TERMS[step])
    needed = STEP_REQUIRES.get(step)
    if needed is not None and needed.value not in done:
        return UserError(QT_TRANSLATE_NOOP("UserError", "{step} needs {needed} first."),
                         step=STEP_TERMS[step], needed=STEP_TERMS[needed])
    return None


# -- the follow-up queue -------------------------------------------------------------------------


def classify(state: CaseState | str, due: date | None, today: date, *, escalate_after: date | None,
             awaiting_reply: bool) -> QueueClass | None:
    """Where an open case stands in the officer's queue today (None for a closed case)."""
    state = CaseState(state)
    if state in TERMINAL:
        return None
    if state in WARNINGS and escalate_after is not None and today >= escalate_after:
        return QueueClass.READY
    if due is not None and due < today and state not in WARNINGS:
        return QueueClass.OVERDUE
    if due is not None and due == today:
        return QueueClass.DUE_TODAY
    if awaiting_reply:
        return QueueClass.WAITING
    return QueueClass.UPCOMING


# -- reference data ------------------------------------------------------------------------------

# Kejaksaan Negeri serving the branch (section 5.3: Purwokerto sent its SKK to four Kejari).
KEJARI = ("Purwokerto", "Banyumas", "Purbalingga", "Banjarnegara")
_KEJARI_BANYUMAS_SOUTH = {"banyumas", "wangon", "ajibarang", "kebasen", "kemranjen", "sumpiuh", "tambak",
                          "somagede", "kalibagor", "patikraja", "jatilawang", "rawalo", "lumbir", "gumelar",
                          "pekuncen", "cilongok"}


def kejari_for(kabupaten: str, kecamatan: str = "") -> str:
    """The Kejaksaan Negeri for an employer's address (the clerk may choose another)."""
    kab = kabupaten.lower().replace("kabupaten", "").strip()
    if kab == "purbalingga":
        return "Purbalingga"
    if kab == "banjarnegara":
        return "Banjarnegara"
    return "Banyumas" if kecamatan.strip().lower() in _KEJARI_BANYUMAS_SOUTH else "Purwokerto"


# The kabupaten the Purwokerto branch serves and their kecamatan (for forms and imports).
KECAMATAN: dict[str, tuple[str, ...]] = {
    "Banyumas": ("Ajibarang", "Banyumas", "Baturraden", "Cilongok", "Gumelar", "Jatilawang", "Kalibagor",
                 "Karanglewas", "Kebasen", "Kedungbanteng", "Kembaran", "Kemranjen", "Lumbir", "Patikraja",
                 "Pekuncen", "Purwojati", "Purwokerto Barat", "Purwokerto Selatan", "Purwokerto Timur",
                 "Purwokerto Utara", "Rawalo", "Sokaraja", "Somagede", "Sumbang", "Sumpiuh", "Tambak", "Wangon"),
    "Purbalingga": ("Bobotsari", "Bojongsari", "Bukateja", "Kaligondang", "Kalimanah", "Karanganyar",
                    "Karangjambu", "Karangmoncol", "Karangreja", "Kejobong", "Kemangkon", "Kertanegara", "Kutasari",
                    "Mrebet", "Padamara", "Pengadegan", "Purbalingga", "Rembang"),
    "Banjarnegara": ("Banjarmangu", "Banjarnegara", "Batur", "Bawang", "Kalibening", "Karangkobar", "Madukara",
                     "Mandiraja", "Pagedongan", "Pagentan", "Pandanarum", "Pejawaran", "Punggelan", "Purwanegara",
                     "Purwareja Klampok", "Rakit", "Sigaluh", "Susukan", "Wanadadi", "Wanayasa"),
}

KEJARI_CODES = {"Purwokerto": "PWT", "Banyumas": "BMS", "Purbalingga": "PBG", "Banjarnegara": "BNA"}

# Where a case handed to the Jaksa Pengacara Negara stands (section 5.3: Kejari summons the employer,
# who signs a statement with the date by which the arrears will be settled).
JPN_STATUSES = ("diserahkan", "diterima", "dipanggil", "mediasi", "pernyataan", "sebagian", "lunas", "tidak_hadir",
                "dikembalikan")
JPN_LABELS: dict[str, str] = {
    "diserahkan": QT_TRANSLATE_NOOP("Compliance", "Handed over"),
    "diterima": QT_TRANSLATE_NOOP("Compliance", "SKK accepted"),
    "dipanggil": QT_TRANSLATE_NOOP("Compliance", "Employer summoned"),
    "mediasi": QT_TRANSLATE_NOOP("Compliance", "In mediation"),
    "pernyataan": QT_TRANSLATE_NOOP("Compliance", "Statement signed"),
    "sebagian": QT_TRANSLATE_NOOP("Compliance", "Partly paid"),
    "lunas": QT_TRANSLATE_NOOP("Compliance", "Settled"),
    "tidak_hadir": QT_TRANSLATE_NOOP("Compliance", "Did not attend"),
    "dikembalikan": QT_TRANSLATE_NOOP("Compliance", "Returned to the branch"),
}


def skk_number(seq: int, kejari: str, day: date) -> str:
    """The number of a Surat Kuasa Khusus: 007/SKK/PWT/XI/2026."""
    from desktop.domain.dates import roman_month

    return f"{seq:03d}/SKK/{KEJARI_CODES.get(kejari, kejari[:3].upper())}/{roman_month(day.month)}/{day.year}"


# KBLI 2020 codes common among the branch's employers (descriptions shortened).
KBLI_SECTORS: dict[str, str] = {
    "13134": "Industri batik",
    "14111": "Industri pakaian jadi (konveksi) dari tekstil",
    "32909": "Industri pengolahan lainnya (rambut palsu, bulu mata palsu)",
    "10710": "Industri produk roti dan kue",
    "10793": "Industri kerupuk, keripik, peyek dan sejenisnya",
    "10399": "Industri pengolahan dan pengawetan buah-buahan dan sayuran lainnya",
    "01220": "Pertanian buah-buahan tropis (salak)",
    "01131": "Pertanian sayuran (kentang, kubis)",
    "23921": "Industri batu bata dari tanah liat",
    "41011": "Konstruksi gedung hunian",
    "42101": "Konstruksi bangunan sipil jalan",
    "46900": "Perdagangan besar berbagai macam barang",
    "47111": "Perdagangan eceran minimarket/supermarket",
    "56101": "Restoran",
    "55110": "Hotel bintang",
    "49431": "Angkutan bermotor untuk barang umum",
    "86103": "Klinik swasta",
    "85220": "Pendidikan menengah swasta",
    "16101": "Industri penggergajian kayu",
    "10221": "Industri pengolahan ikan",
    "29300": "Industri suku cadang kendaraan bermotor (knalpot)",
    "23939": "Industri barang dari tanah liat/keramik lainnya",
}


def warning_text_days(days: int) -> str:
    """"10 (sepuluh)" as letters write a number of days."""
    from desktop.domain.terbilang import number_words

    return f"{days} ({number_words(days)})"
