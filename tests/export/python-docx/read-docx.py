#!/usr/bin/python3
"""Read a DOCX with python-docx and print what an importer needs, as JSON on stdout.

  read-docx.py FILE.docx

{"language": "en-GB", "paragraphs": [{"style", "text", "level", "numId", "bookmarks"}, ...]}
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def main():
    document = docx.Document(sys.argv[1])
    defaults = document.styles.element.find(qn('w:docDefaults'))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}") if defaults is not None else None
    paragraphs = []
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        paragraphs.append({
            'style': paragraph.style.name,
            'text': paragraph.text,
            'level': num_pr.ilvl.val if num_pr is not None and num_pr.ilvl is not None else None,
            'numId': num_pr.numId.val if num_pr is not None and num_pr.numId is not None else None,
            'bookmarks': [mark.get(qn('w:name')) for mark in paragraph._p.iter(qn('w:bookmarkStart'))],
        })
    json.dump({'language': lang.get(qn('w:val')) if lang is not None else None, 'paragraphs': paragraphs}, sys.stdout)


if __name__ == '__main__':
    main()
