"""vnadmindoc — parse, validate and render Vietnamese administrative documents.

>>> import vnadmindoc
>>> doc = vnadmindoc.parse_document('''ỦY BAN NHÂN DÂN
... TỈNH ĐIỆN BIÊN
... Số: 2548 /UBND-KGVX
... V/v triển khai Thông báo 274-TB/TU ngày 04/8/2021 của Ban Thường vụ Tỉnh ủy
... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... Độc lập - Tự do - Hạnh phúc
... Điện Biên, ngày 12 tháng 8 năm 2021''')
>>> doc.issuer.name, doc.code.code, doc.date.isoformat()
('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', '2548/UBND-KGVX', '2021-08-12')
>>> doc.references[0].code.code, doc.references[0].issuer
('274-TB/TU', 'Ban Thường vụ Tỉnh ủy')
"""

from typing import TYPE_CHECKING, Any

from vnadmindoc._version import __version__
from vnadmindoc.errors import (
    DecodeError,
    EmptyInputError,
    IncompleteEdxmlWarning,
    InconsistentComponent,
    InvalidCode,
    InvalidComponent,
    InvalidFormat,
    LegacyEncodingError,
    MissingExtraError,
    NoTextLayerError,
    ParseError,
    ParseTimeoutError,
    RenderError,
    SchemaError,
    UnknownFormatError,
    UnknownRuleError,
    VnAdminDocError,
)
from vnadmindoc.jsonio import (
    SCHEMA,
    documents_from_json,
    documents_to_json,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Citation,
    CitationForm,
    Deadline,
    Directive,
    Document,
    DocumentCode,
    Fragment,
    Issuer,
    Motto,
    PartialDate,
    ReceiptStamp,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    Span,
    SpanMap,
    Task,
    Urgency,
)
from vnadmindoc.parse import parse, parse_document, parse_file
from vnadmindoc.readers import read_text
from vnadmindoc.render import (
    render,
    render_docx,
    render_html,
    render_json,
    render_markdown,
    render_text,
)
from vnadmindoc.validate import Diagnostic, Rule, Severity, check, rules, validate

if TYPE_CHECKING:
    from vnadmindoc import batch, doccode, graph, qcvn102, tasks
    from vnadmindoc.citations import annotate, find_citations
    from vnadmindoc.docx_reader import read_docx
    from vnadmindoc.fields.codes import parse_code
    from vnadmindoc.fields.dates import DateLine, parse_date, parse_date_line
    from vnadmindoc.fields.references import find_references
    from vnadmindoc.inputs import Loaded, load
    from vnadmindoc.pdf_reader import read_pdf
    from vnadmindoc.tasks import find_tasks

# Loaded on first use: importing them all at start-up would make ``import vnadmindoc`` slower
# for every user. Parsing text needs none of the optional parts (QCVN 102 XML, file readers,
# the citation reader); the parser's own readers are loaded by the first parse or by these
# names (compiling their patterns is most of what loading the parser costs).
_LAZY = {
    "parse_code": ("vnadmindoc.fields.codes", "parse_code"),
    "DateLine": ("vnadmindoc.fields.dates", "DateLine"),
    "parse_date": ("vnadmindoc.fields.dates", "parse_date"),
    "parse_date_line": ("vnadmindoc.fields.dates", "parse_date_line"),
    "find_references": ("vnadmindoc.fields.references", "find_references"),
    "find_tasks": ("vnadmindoc.tasks", "find_tasks"),
    "tasks": ("vnadmindoc.tasks", None),
    "annotate": ("vnadmindoc.citations", "annotate"),
    "find_citations": ("vnadmindoc.citations", "find_citations"),
    "batch": ("vnadmindoc.batch", None),
    "graph": ("vnadmindoc.graph", None),
    "doccode": ("vnadmindoc.doccode", None),
    "qcvn102": ("vnadmindoc.qcvn102", None),
    "read_docx": ("vnadmindoc.docx_reader", "read_docx"),
    "read_pdf": ("vnadmindoc.pdf_reader", "read_pdf"),
    "Loaded": ("vnadmindoc.inputs", "Loaded"),
    "load": ("vnadmindoc.inputs", "load"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'vnadmindoc' has no attribute {name!r}") from None
    import importlib

    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "SCHEMA",
    "ArchiveNote",
    "Authority",
    "AuthorityKind",
    "Citation",
    "CitationForm",
    "DateLine",
    "Deadline",
    "DecodeError",
    "Diagnostic",
    "Directive",
    "Document",
    "DocumentCode",
    "EmptyInputError",
    "Fragment",
    "IncompleteEdxmlWarning",
    "InconsistentComponent",
    "InvalidCode",
    "InvalidComponent",
    "InvalidFormat",
    "Issuer",
    "LegacyEncodingError",
    "Loaded",
    "MissingExtraError",
    "Motto",
    "NoTextLayerError",
    "ParseError",
    "ParseTimeoutError",
    "PartialDate",
    "ReceiptStamp",
    "Recipient",
    "Reference",
    "RenderError",
    "Rule",
    "SchemaError",
    "Secrecy",
    "Severity",
    "Signature",
    "Span",
    "SpanMap",
    "Task",
    "UnknownFormatError",
    "UnknownRuleError",
    "Urgency",
    "VnAdminDocError",
    "__version__",
    "annotate",
    "batch",
    "check",
    "doccode",
    "documents_from_json",
    "documents_to_json",
    "find_citations",
    "find_references",
    "find_tasks",
    "from_dict",
    "from_json",
    "graph",
    "json_schema",
    "load",
    "parse",
    "parse_code",
    "parse_date",
    "parse_date_line",
    "parse_document",
    "parse_file",
    "qcvn102",
    "read_docx",
    "read_pdf",
    "read_text",
    "render",
    "render_docx",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
    "rules",
    "tasks",
    "to_dict",
    "to_json",
    "validate",
]
