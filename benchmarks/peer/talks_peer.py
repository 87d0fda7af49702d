#!/usr/bin/env python3
"""The script a user would write instead of TalkExport: the benchmark's peer.

Reads every talks/_posts/*.md with PyYAML's C loader (libyaml), strips HTML with a regex and
writes CSV (the csv module) or BibTeX (string formatting with minimal escaping). It does less
than TalkExport (no kinds, no key clash handling, no accents, no capital protection); it is the
fast, hand-rolled baseline the performance issue measures against.

usage: talks_peer.py SITE_DIR csv|bibtex > out
"""
import csv
import html
import os
import re
import sys

import yaml

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")
SPECIAL = re.compile(r"([&%$#_{}])")
VIDEO = re.compile(r"href='(https://www\.youtube\.com/[^']+)'")
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def text(value):
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", str(value or "")))).strip()


def video(fm):
    m = VIDEO.search(str(fm.get("longversion") or "") + str(fm.get("shortversion") or ""))
    return m.group(1) if m else ""


def esc(value):
    return SPECIAL.sub(r"\\\1", value)


def records(site):
    posts = os.path.join(site, "talks", "_posts")
    for name in sorted(os.listdir(posts)):
        m = DATE.match(name)
        if not m:
            continue
        with open(os.path.join(posts, name), encoding="utf-8") as f:
            content = f.read()
        parts = content.split("---\n", 2)
        if len(parts) < 3:
            continue
        try:
            fm = yaml.load(parts[1], Loader=yaml.CSafeLoader) or {}
        except yaml.YAMLError:
            continue
        yield name, m.groups(), fm


def write_csv(site, out):
    w = csv.writer(out)
    w.writerow(["date", "title", "authors", "venue", "slides", "abstract", "source"])
    for name, (y, mo, d), fm in records(site):
        w.writerow([f"{y}-{mo}-{d}", text(fm.get("title")), text(fm.get("authors")), text(fm.get("venue")),
                    fm.get("pdf") or "", text(fm.get("longversion") or fm.get("shortversion")), name])


def write_bibtex(site, out):
    for name, (y, mo, d), fm in records(site):
        authors = [a.strip() for a in str(fm.get("authors") or "").split(",") if a.strip()]
        names = " and ".join(f"{a.split()[-1]}, {' '.join(a.split()[:-1])}" for a in authors)
        title = text(fm.get("title"))
        key = (authors[0].split()[-1].lower() if authors else "anon") + y + (title.split()[0].lower() if title else "")
        author, title, venue = (esc(v) for v in (names, title, text(fm.get("venue"))))
        out.write(f"@misc{{{key},\n  author = {{{author}}},\n"
                  f"  title = {{{title}}},\n"
                  f"  howpublished = {{{venue}}},\n"
                  f"  month = {MONTHS[int(mo) - 1]},\n  year = {{{y}}},\n  url = {{{fm.get('pdf') or ''}}},\n"
                  f"  note = {{Video: \\url{{{video(fm)}}}; Event: \\url{{{fm.get('externallink') or ''}}}}}\n}}\n\n")


if __name__ == "__main__":
    (write_csv if sys.argv[2] == "csv" else write_bibtex)(sys.argv[1], sys.stdout)
