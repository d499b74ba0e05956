"""Every cell each xlsx file holds, as openpyxl reads it, printed as one JSON object.

The differential tests' independent reader: Debian's python3-openpyxl, NOT read-only mode
(read-only skips merged-cell handling and reads dimensions it trusts), with data_only=True so
formulas give the cached result the file holds. A merged range's value is given to every cell
of the range, as Excel shows it (and as our reader fills it), clipped to the rows and columns
that hold values.

Usage: python3 openpyxl-cells.py [--refusals] FILE...
Output: {FILE: {"date1904": bool, "sheets": [{"name", "state", "rows": [[row, [cell...]]]}]}}
With --refusals (damaged files, one per mutation) a file openpyxl cannot load gives
{"refused": "ExceptionName: message"} instead, and every file also gets "badEntries": the
entries Python's zipfile refuses to read back (checksum, inflate or header errors).
A cell is null, a number, a boolean, a string, or {"date": "YYYY-MM-DDTHH:MM:SS.ffffff"} (wall
clock, as the sheet shows it).
"""

import datetime
import json
import sys
import zipfile

import openpyxl


def cell_json(value):
    if isinstance(value, datetime.datetime):
        return {"date": value.isoformat(timespec="microseconds")}
    if isinstance(value, datetime.date):
        return {"date": datetime.datetime.combine(value, datetime.time()).isoformat(timespec="microseconds")}
    if isinstance(value, datetime.time):
        # Excel's day zero for a time of day: 1899-12-30 in the 1900 system.
        return {"date": datetime.datetime.combine(datetime.date(1899, 12, 30), value).isoformat(timespec="microseconds")}
    if isinstance(value, datetime.timedelta):
        return {"date": (datetime.datetime(1899, 12, 30) + value).isoformat(timespec="microseconds")}
    return value


def sheet_rows(ws):
    if not hasattr(ws, "_cells"):
        # A chart sheet: a tab without cells.
        return []
    by_row = {}
    for (row, col), cell in ws._cells.items():
        by_row.setdefault(row, {})[col] = cell.value
    filled = {r: cols for r, cols in by_row.items() if any(v is not None for v in cols.values())}
    last_row = max(filled, default=0)
    width = max((max(c for c, v in cols.items() if v is not None) for cols in filled.values()), default=0)
    for rng in ws.merged_cells.ranges:
        top = by_row.get(rng.min_row, {}).get(rng.min_col)
        if top is None:
            continue
        for row in range(rng.min_row, min(rng.max_row, last_row) + 1):
            for col in range(rng.min_col, min(rng.max_col, width) + 1):
                by_row.setdefault(row, {})[col] = top
    rows = []
    for row in sorted(by_row):
        cols = by_row[row]
        width = max(cols)
        rows.append([row, [cell_json(cols.get(col)) for col in range(1, width + 1)]])
    return rows


def workbook_json(path):
    wb = openpyxl.load_workbook(path, read_only=False, data_only=True)
    return {
        "date1904": bool(wb.epoch == openpyxl.utils.datetime.CALENDAR_MAC_1904),
        "sheets": [
            {"name": ws.title, "state": ws.sheet_state, "rows": sheet_rows(ws)}
            for ws in (wb[name] for name in wb.sheetnames)
        ],
    }


def bad_entries(path):
    try:
        with zipfile.ZipFile(path) as zf:
            bad = []
            for info in zf.infolist():
                try:
                    zf.read(info)
                except Exception:
                    bad.append(info.filename)
            return bad
    except Exception as error:
        return ["(directory) " + type(error).__name__]


def judged(path):
    try:
        result = workbook_json(path)
    except Exception as error:
        result = {"refused": f"{type(error).__name__}: {error}"[:200]}
    result["badEntries"] = bad_entries(path)
    return result


if __name__ == "__main__":
    refusals = sys.argv[1:2] == ["--refusals"]
    paths = sys.argv[2:] if refusals else sys.argv[1:]
    read = judged if refusals else workbook_json
    json.dump({path: read(path) for path in paths}, sys.stdout, ensure_ascii=False)
