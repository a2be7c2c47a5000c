#!/usr/bin/env python3
"""The job summary of the action: `launchplan validate --format json` on
stdin, Markdown on stdout (one table of every active finding, waived ones
counted). Text from playbooks is escaped: it cannot break the table, add
HTML or mention anyone."""
import json
import sys

LIMIT = 200  # rows; a summary is for reading, the annotations and SARIF have every finding


def escaped(text):
    text = "".join(c if c.isprintable() else "\ufffd" for c in str(text))
    for old, new in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("@", "&#64;")):
        text = text.replace(old, new)
    return text


def code(text):
    return "`" + escaped(text).replace("`", "\u02cb") + "`"


report = json.load(sys.stdin)
s = report["summary"]
counts = f'{s["files"]} file{"s" if s["files"] != 1 else ""} checked: {s["errors"]} errors, {s["warnings"]} warnings, {s["infos"]} infos'
if s["waived"]:
    counts += f', {s["waived"]} waived'
print("## launchplan validate\n")
print(f"**{counts}**" + (f' (rule levels from {code(report["config"])})' if report.get("config") else "") + "\n")
rows = [(f["path"], finding) for f in report["files"] for finding in f["findings"] if not finding["waived"]]
rank = {"error": 0, "warning": 1, "info": 2}
rows.sort(key=lambda row: (rank.get(row[1]["severity"], 3), row[0], row[1]["line"], row[1]["column"]))
if rows:
    print("| severity | where | rule | message |\n| --- | --- | --- | --- |")
    for path, f in rows[:LIMIT]:
        print(f'| {f["severity"]} | {code(path)} line {f["line"]} | {code(f["rule"])} | {escaped(f["message"])} |')
    if len(rows) > LIMIT:
        print(f"\n{len(rows) - LIMIT} more findings: see the annotations or the log.")
    print()
