#!/usr/bin/env python3
"""Independent reader for EOL Station exports, used by the round-trip tests.

    read_export.py csv FILE    -> {"rows": [[str, ...], ...]}            (Python's csv module)
    read_export.py xlsx FILE   -> {"zip_bad_member": null|name, "sheets": [...]}   (openpyxl)

Every XLSX cell comes back as {"t": type, "v": value}: "n" number (int or float), "s" text,
"d" date-time (ISO-8601 UTC with milliseconds, e.g. "2026-11-22T21:59:15.123Z"), "e" error,
null for an empty cell. Per sheet: name, rows, freeze pane, autofilter range, whether the
header row is bold, and the number format of every date cell seen.
"""
import csv
import datetime
import json
import sys
import zipfile


def read_csv(path):
    # newline="" lets the csv module see CR/LF inside quoted fields as data (RFC 4180).
    with open(path, newline="", encoding="utf-8") as f:
        return {"rows": [row for row in csv.reader(f, strict=True)]}


def cell_json(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, datetime.datetime):
        return {"t": "d", "v": v.isoformat(timespec="milliseconds") + "Z",
                "fmt": cell.number_format}
    if isinstance(v, bool):
        return {"t": "b", "v": v}
    if isinstance(v, (int, float)):
        return {"t": "n", "v": v}
    if cell.data_type == "e":
        return {"t": "e", "v": str(v)}
    return {"t": "s", "v": v}


def read_xlsx(path):
    import openpyxl

    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        names = z.namelist()
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([cell_json(c) for c in row])
        header_bold = all(c.font is not None and c.font.b for c in ws[1] if c.value is not None)
        sheets.append({
            "name": ws.title,
            "rows": rows,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "header_bold": header_bold,
        })
    return {"zip_bad_member": bad, "entries": names, "sheets": sheets}


def main():
    kind, path = sys.argv[1], sys.argv[2]
    out = read_csv(path) if kind == "csv" else read_xlsx(path)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
