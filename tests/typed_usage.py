"""What a type checker sees of the public API; CI runs ``mypy --strict`` over this file.

Each ``type: ignore`` marks a call that must be rejected: under ``--strict`` an ignore that is not
needed is itself an error, so a constructor that took ``Any`` again would fail the check.
"""

from __future__ import annotations

from vnadmindoc import Document, Recipient, Signature, Span


def constructors_take_their_element_types() -> Document:
    span = Span(0, 1)
    document = Document(
        addressees=[Recipient(name="Sở Y tế")],
        signatures=(Signature(name="Nguyễn Văn A"),),
        span=span,
    )
    Document(addressees=["Sở Y tế"])  # type: ignore[list-item]
    Document(signatures=[Recipient(name="Sở Y tế")])  # type: ignore[list-item]
    return document
