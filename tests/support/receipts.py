"""What a printed receipt says, as plain words: its HTML (what the printer and the PDF get)
without the markup, whitespace collapsed."""

from __future__ import annotations

import html
import re

from lapor_desktop.reports.receipt import Receipt, receipt_html


def receipt_words(r: Receipt, lang: str = "id", layout: str = "a4") -> str:
    text = re.sub(r"<[^>]+>", " ", receipt_html(r, layout, lang))
    return " ".join(html.unescape(text).split())
