#!/usr/bin/env python3
"""Checks the cross-language lexicon (lexicon.tsv) for format errors.

Usage: python3 tests/data/lexicon-check.py src/HistoryBot.Core/Text/Lexicon/lexicon.tsv

Each non-comment line must hold exactly four tab-separated cells (en, lt, ro, tl). A cell is a
comma-separated list of lower-case word forms made of letters and hyphens only: no spaces, no
upper case, no digits or punctuation, no empty forms. The en cell must not be empty. Romanian
must use comma-below ș/ț, never cedilla ş/ţ. A concept line may not repeat another exactly.
Exits 1 and lists the offending line numbers on any error; prints the concept count on success.
"""
import sys
import unicodedata

COLUMNS = ("en", "lt", "ro", "tl")
CEDILLA = {"\u015f": "ș", "\u0163": "ț", "\u015e": "Ș", "\u0162": "Ț"}


def cell_problems(cell):
    problems = []
    if " " in cell or "\u00a0" in cell:
        problems.append("contains a space")
    for ch in sorted(set(cell)):
        if ch in CEDILLA:
            problems.append(f"cedilla {ch!r} (use {CEDILLA[ch]!r})")
        elif ch.isupper():
            problems.append(f"upper-case {ch!r}")
        elif ch in ",-":
            continue
        elif ch in " \u00a0":
            continue
        elif not unicodedata.category(ch).startswith("L"):
            problems.append(f"invalid character {ch!r} (U+{ord(ch):04X})")
    if cell:
        forms = cell.split(",")
        if any(form == "" for form in forms):
            problems.append("empty form (stray comma)")
        if any(form.startswith("-") or form.endswith("-") for form in forms if form):
            problems.append("form starts or ends with a hyphen")
    if unicodedata.normalize("NFC", cell) != cell:
        problems.append("not NFC-normalised")
    return problems


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} path/to/lexicon.tsv", file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"{path}: cannot read as UTF-8: {error}", file=sys.stderr)
        return 1

    errors = []
    if text.startswith("\ufeff"):
        errors.append((1, "byte-order mark at start of file"))
        text = text[1:]
    if "\r" in text:
        errors.append((0, "file has CR characters (use LF line endings)"))

    seen = {}
    concepts = 0
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            errors.append((number, f"has {len(cells)} tab-separated cell(s), expected {len(COLUMNS)}"))
            continue
        concepts += 1
        for column, cell in zip(COLUMNS, cells):
            for problem in cell_problems(cell):
                errors.append((number, f"{column} cell: {problem}"))
        if cells[0] == "":
            errors.append((number, "en cell is empty"))
        if line in seen:
            errors.append((number, f"duplicate of line {seen[line]}"))
        else:
            seen[line] = number

    if errors:
        for number, message in errors:
            where = f"line {number}" if number else "file"
            print(f"{path}: {where}: {message}")
        bad = sorted({number for number, _ in errors if number})
        print(f"{len(errors)} error(s) on line(s): {', '.join(map(str, bad))}", file=sys.stderr)
        return 1
    print(f"{path}: OK, {concepts} concepts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
