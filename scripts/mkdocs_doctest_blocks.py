"""MkDocs hook: docstring examples (``>>>`` lines and their output) become code blocks.

Docstrings keep their examples in doctest form, run by the test suite; Markdown would read
``>>>`` as nested quotes.  This Python-Markdown preprocessor fences each example block as
``pycon`` before Markdown sees it, in pages and in the docstrings mkdocstrings renders.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension
from markdown.preprocessors import Preprocessor


class _Fence(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] = []
        fenced = False
        for line in lines + [""]:
            if line.lstrip().startswith("```"):
                fenced = not fenced
            if not fenced and not block and line.lstrip().startswith(">>> "):
                block = [line]
                continue
            if block:
                if line.strip():
                    block.append(line)
                    continue
                indent = len(block[0]) - len(block[0].lstrip())
                out += ["", " " * indent + "```pycon", *block, " " * indent + "```", ""]
                block = []
            out.append(line)
        return out[:-1] if out and out[-1] == "" and (not lines or lines[-1] != "") else out


class DoctestBlocks(Extension):
    def extendMarkdown(self, md: Any) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(_Fence(md), "doctest_blocks", 40)


def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestBlocks())
    return config
