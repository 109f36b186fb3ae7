"""S6xx — the signature block: authority chain, position and signer."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmindoc import vocab
from vnadmindoc.checks import finding
from vnadmindoc.model import Authority, AuthorityKind, Signature
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

_STATE = {p.kind: p.state for p in vocab.AUTHORITY_PREFIXES}
_PARTY = {p.kind: p.party for p in vocab.AUTHORITY_PREFIXES if p.party}
_PERSONS = tuple(vocab.POSITION_STARTS)


def _starts(text: str, heads: tuple[str, ...]) -> bool:
    key = vocab.key(text)
    return any(key == h or key.startswith(h + " ") for h in heads)


def _is_person(holder: str) -> bool:
    """The holder is a person's title (CHỦ TỊCH, BỘ TRƯỞNG), not a collective body."""
    return _starts(holder, _PERSONS) and not _starts(holder, vocab.COLLECTIVES)


def _is_collective(holder: str) -> bool:
    return _starts(holder, vocab.COLLECTIVES)


def _prefixes(
    ctx: Context, table: dict[str, str | None], other: dict[str, str | None], *, party: bool
) -> Iterator[Finding]:
    for signature in ctx.document.signatures:
        for level in signature.authority:
            printed = level.prefix
            expected = table.get(level.kind.value)
            if printed is None or expected is None or printed == expected:
                continue
            if printed == other.get(level.kind.value):
                en = f"{printed!r} is the {'state' if party else 'Party'} form; write {expected!r}"
                vi = f"{printed!r} là cách ghi của {'nhà nước' if party else 'Đảng'}; phải ghi {expected!r}"
            else:
                en = f"the authority prefix {printed!r} is written {expected!r}"
                vi = f"Quyền hạn ký {printed!r} phải ghi là {expected!r}"
            yield finding(en, vi, "signatures", level.span)


@rule(
    "S601",
    "state-prefix",
    Severity.ERROR,
    "State authority prefixes are TM., KT., TL., TUQ. and Q., with the full stop",
    "Quyền hạn ký của văn bản nhà nước ghi TM., KT., TL., TUQ., Q. (có dấu chấm)",
    source="NĐ 30/2020, Điều 13; Phụ lục I §II.7",
    family="state",
    examples=[
        Example(target="KT. CHỦ TỊCH", bad="KT CHỦ TỊCH"),
        Example(target="TM. ỦY BAN NHÂN DÂN", bad="T/M ỦY BAN NHÂN DÂN"),
    ],
)
def state_prefix(ctx: Context) -> Iterator[Finding]:
    yield from _prefixes(ctx, dict(_STATE), dict(_PARTY), party=False)


@rule(
    "S602",
    "party-prefix",
    Severity.ERROR,
    "Party authority prefixes are T/M, K/T and T/L, with a slash",
    "Quyền hạn ký của văn bản Đảng ghi T/M, K/T, T/L (có gạch chéo)",
    source="HD 36-HD/VPTW, §2.5",
    family="party",
    examples=[
        Example(base="party", target="T/M BAN THƯỜNG VỤ", bad="TM. BAN THƯỜNG VỤ"),
        Example(base="party", target="T/M BAN THƯỜNG VỤ", bad="TM BAN THƯỜNG VỤ"),
    ],
)
def party_prefix(ctx: Context) -> Iterator[Finding]:
    yield from _prefixes(ctx, dict(_PARTY), dict(_STATE), party=True)


def _chain_problems(signature: Signature) -> Iterator[tuple[Authority, str, str]]:
    chain = signature.authority
    kinds = [a.kind for a in chain]
    if kinds.count(AuthorityKind.TM) > 1:
        yield chain[0], "more than one TM. in the chain", "Có nhiều hơn một TM. trong quyền hạn ký"
    for i, level in enumerate(chain):
        if level.kind is AuthorityKind.TM and _is_person(level.holder):
            yield (
                level,
                f"TM. stands before a collective body, not a person's title ({level.holder!r})",
                f"TM. ghi trước tên tập thể, không ghi trước chức vụ ({level.holder!r})",
            )
        if level.kind is AuthorityKind.KT and _is_collective(level.holder):
            yield (
                level,
                f"KT. stands before the head's title, not a collective body ({level.holder!r})",
                f"KT. ghi trước chức vụ người đứng đầu, không ghi trước tên tập thể ({level.holder!r})",
            )
        if level.kind is AuthorityKind.TUQ and AuthorityKind.TUQ in kinds[:i]:
            yield (
                level,
                "TUQ. under TUQ.: a delegation cannot be delegated again",
                "TUQ. dưới TUQ.: người được ủy quyền không được ủy quyền lại",
            )
        if level.kind is AuthorityKind.TM and i > 0:
            yield (
                level,
                "TM. comes first in the chain",
                "TM. phải đứng đầu quyền hạn ký",
            )


@rule(
    "S603",
    "authority-chain",
    Severity.ERROR,
    "The authority chain is possible: TM. before a collective, KT. before a head, no TUQ. under TUQ.",
    "Quyền hạn ký hợp lệ: TM. trước tập thể, KT. trước chức vụ người đứng đầu, không TUQ. dưới TUQ.",
    source="NĐ 30/2020, Điều 13",
    examples=[
        Example(
            target="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", bad="KT. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
        ),
        Example(target="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", bad="TM. CHỦ TỊCH"),
    ],
)
def authority_chain(ctx: Context) -> Iterator[Finding]:
    for signature in ctx.document.signatures:
        for level, en, vi in _chain_problems(signature):
            yield finding(en, vi, "signatures", level.span)


@rule(
    "S604",
    "deputy-signs-kt",
    Severity.WARNING,
    "Under 'KT. <head>' signs a deputy (PHÓ …, THỨ TRƯỞNG), not the head",
    "Ký thay (KT.) người đứng đầu là cấp phó (PHÓ …, THỨ TRƯỞNG), không phải người đứng đầu",
    source="NĐ 30/2020, Điều 13",
    examples=[Example(target="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bad="KT. CHỦ TỊCH\nCHỦ TỊCH")],
)
def deputy_signs_kt(ctx: Context) -> Iterator[Finding]:
    for signature in ctx.document.signatures:
        kt = [a for a in signature.authority if a.kind is AuthorityKind.KT]
        position = signature.position
        if not kt or not position or _starts(position, vocab.DEPUTY_TITLES):
            continue
        yield finding(
            f"under 'KT. {kt[-1].holder}' the position {position!r} is not a deputy's",
            f"Ký thay 'KT. {kt[-1].holder}' nhưng chức vụ {position!r} không phải cấp phó",
            "signatures",
            signature.span,
        )


@rule(
    "S605",
    "signer-name",
    Severity.WARNING,
    "The signer's name has no academic, professional or honorific title before it",
    "Trước họ tên người ký không ghi học hàm, học vị, danh hiệu",
    source="NĐ 30/2020, Phụ lục I §II.7",
    examples=[Example(target="Lê Thành Đô", bad="TS. Lê Thành Đô")],
)
def signer_name(ctx: Context) -> Iterator[Finding]:
    for signature in ctx.document.signatures:
        name = signature.name or ""
        for title in vocab.NAME_TITLES:
            bare = title.rstrip(".")
            if name.startswith(title) or name.startswith(bare + " "):
                yield finding(
                    f"{name!r} begins with the title {title!r}",
                    f"Họ tên {name!r} có ghi {title!r}",
                    "signatures",
                    signature.span,
                )
                break


@rule(
    "S606",
    "signature-present",
    Severity.WARNING,
    "The document ends with a signature block: authority, position and name",
    "Văn bản phải có phần quyền hạn, chức vụ và họ tên người ký",
    source="NĐ 30/2020, Phụ lục I §II.7",
    examples=[
        Example(target="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thành Đô", bad="")
    ],
)
def signature_present(ctx: Context) -> Iterator[Finding]:
    if not ctx.document.signatures:
        yield finding(
            "no signature block (position and signer's name)",
            "Không có phần chức vụ và họ tên người ký",
            "signatures",
        )
