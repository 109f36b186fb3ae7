"""The exceptions vnadmindoc raises.

Every error derives from :class:`VnAdminDocError`; errors about bad values
also derive from :class:`ValueError`, so ``except ValueError`` keeps working.

>>> from vnadmindoc import parse_code
>>> try:
...     parse_code("hello")
... except InvalidCode as exc:
...     print(type(exc).__name__, "-", exc)
InvalidFormat - not a document number and symbol (số, ký hiệu): 'hello'
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "IncompleteEdxmlWarning",
    "InconsistentComponent",
    "InvalidCode",
    "InvalidComponent",
    "InvalidFormat",
    "LegacyEncodingError",
    "MissingExtraError",
    "NoTextLayerError",
    "ParseError",
    "ParseTimeoutError",
    "RenderError",
    "SchemaError",
    "UnknownFormatError",
    "UnknownRuleError",
    "VnAdminDocError",
]


class VnAdminDocError(Exception):
    """Base class of every error raised by vnadmindoc."""


class ParseError(VnAdminDocError, ValueError):
    """The text cannot be read as what was asked for."""


class EmptyInputError(ParseError):
    """The input holds no text at all (empty or only white space)."""


class ParseTimeoutError(ParseError, TimeoutError):
    """Parsing went past the time limit it was given (see :func:`vnadmindoc.parse`)."""


class InvalidCode(ParseError):
    """A số/ký hiệu is not valid.

    Like python-stdnum's ``ValidationError``, each subclass carries a default
    message, so ``raise InvalidComponent()`` alone says what is wrong.
    """

    message = "the document number and symbol (số, ký hiệu) is not valid"

    def __init__(self, msg: str | None = None) -> None:
        super().__init__(msg or self.message)


class InvalidFormat(InvalidCode):
    """A số/ký hiệu does not have the shape of one."""

    message = "not shaped like a document number and symbol (số, ký hiệu)"


class InvalidComponent(InvalidCode):
    """A part of the ký hiệu is not one the rules know (an unknown type abbreviation)."""

    message = "a part of the symbol (ký hiệu) is not a known abbreviation"


class InconsistentComponent(InvalidCode):
    """Parts disagree with each other or with the document (year vs date, type vs title)."""

    message = "a part of the symbol (ký hiệu) disagrees with the document"


class RenderError(VnAdminDocError, ValueError):
    """A document cannot be rendered (it has no content at all)."""


class MissingExtraError(VnAdminDocError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class DecodeError(VnAdminDocError, ValueError):
    """Bytes could not be decoded as text (binary data or an unknown encoding)."""


class LegacyEncodingError(DecodeError):
    """Text in a pre-Unicode Vietnamese encoding (TCVN3/ABC or VNI fonts) that needs converting."""


class NoTextLayerError(DecodeError):
    """A PDF holds only images (a scan): it needs OCR before it can be read."""


class SchemaError(VnAdminDocError, ValueError):
    """JSON does not follow the ``vnadmindoc/1`` contract."""


class UnknownFormatError(VnAdminDocError, ValueError):
    """A format name no reader or renderer knows (``parse_file(..., format="xyz")``,
    ``render(doc, "pdf")``); the message lists the ones there are."""


class UnknownRuleError(VnAdminDocError, ValueError):
    """A rule code, code prefix or name given to ``select`` or ``ignore`` matches no rule.

    A misspelt code would otherwise switch checks off without a word.
    """


class IncompleteEdxmlWarning(UserWarning):
    """An edXML package was written without the sender's mã định danh (``OrganId``).

    QCVN 102:2016 needs it for the package to travel between systems; pass
    ``sender=Organisation("000.00.00.H07", …)`` or ``sender_of(doc, organ_id)`` to
    :func:`vnadmindoc.qcvn102.to_edxml`, or filter this warning when a draft is enough.
    """
