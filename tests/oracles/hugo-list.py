#!/usr/bin/env python3
"""Hugo as the input oracle: `hugo list all` on a copy of a site that Hugo can build offline.

usage: python3 hugo-list.py SITE_COPY
  SITE_COPY is a temporary copy of the site; this script edits it (never the original).
Prints `hugo list all`'s CSV (path,slug,title,date,expiryDate,publishDate,draft,permalink, ...).

Edits made to the copy, and only these (each because Hugo cannot do it offline):
  * every site configuration file (config.*, hugo.*, config/_default/*.*) is rewritten as JSON with
    `theme`, `module` (imports of modules to download), `outputs`/`outputFormats`/`mediaTypes`
    (formats only the theme's templates define) removed; every other key is kept as read.
  * `enableGitInfo` removed (the copy is not a git repository).
  * a layouts/shortcodes/NAME.html that prints only its inner text (empty where no use closes it) for each shortcode the content calls ({{< NAME … >}},
    {{% NAME … %}}), since the theme that defines them is gone; the content is not edited.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tomllib

import yaml

REMOVED = ("theme", "module", "outputs", "outputformats", "mediatypes", "enablegitinfo")
SHORTCODE = re.compile(r"\{\{[<%]\s*/?\s*([A-Za-z0-9_./-]+)")
CLOSING = re.compile(r"\{\{[<%]\s*/\s*([A-Za-z0-9_./-]+)")
SELF_CLOSED = re.compile(r"\{\{[<%]\s*([A-Za-z0-9_./-]+)[^}]*/\s*[>%]\}\}")


def plain(value):
    """TOML and YAML dates as text: JSON has none, and Hugo reads dates from strings."""
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".toml"):
        return tomllib.loads(data.decode("utf-8-sig"))
    if path.endswith((".yaml", ".yml")):
        return yaml.safe_load(data) or {}
    return json.loads(data)


def rewrite(path, top_level):
    config = plain(load(path))
    if top_level and isinstance(config, dict):
        config = {k: v for k, v in config.items() if k.lower() not in REMOVED}
    os.remove(path)
    base = os.path.splitext(path)[0]
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(config, f)


def config_files(site):
    for name in sorted(os.listdir(site)):
        if re.fullmatch(r"(config|hugo)\.(toml|ya?ml|json)", name):
            yield os.path.join(site, name), True
    folder = os.path.join(site, "config")
    if os.path.isdir(folder):
        for env in sorted(os.listdir(folder)):
            envdir = os.path.join(folder, env)
            if not os.path.isdir(envdir):
                continue
            for name in sorted(os.listdir(envdir)):
                if re.search(r"\.(toml|ya?ml|json)$", name):
                    stem = os.path.splitext(name)[0]
                    # config.toml / hugo.toml in the folder hold top-level keys; other files one key each
                    yield os.path.join(envdir, name), stem in ("config", "hugo")
                    if stem in REMOVED:
                        os.remove(os.path.join(envdir, name))


def stub_shortcodes(site):
    names, closed = set(), set()
    for root, _, files in os.walk(os.path.join(site, "content")):
        for name in files:
            if name.endswith((".md", ".markdown", ".html")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                names.update(SHORTCODE.findall(text))
                closed.update(CLOSING.findall(text))
                closed.update(SELF_CLOSED.findall(text))
    folder = os.path.join(site, "layouts", "shortcodes")
    os.makedirs(folder, exist_ok=True)
    for name in names:
        stub = os.path.join(folder, name + ".html")
        os.makedirs(os.path.dirname(stub), exist_ok=True)
        if not os.path.exists(stub):
            # Hugo wants .Inner in a shortcode used with a closing tag, and rejects an unclosed
            # use of one that has it: print the inner text only where the content closes (or self-closes) it.
            with open(stub, "w") as f:
                f.write("{{ .Inner }}" if name in closed else "")


def main():
    site = os.path.abspath(sys.argv[1])
    for path, top in list(config_files(site)):
        if os.path.exists(path):
            rewrite(path, top)
    stub_shortcodes(site)
    result = subprocess.run(["hugo", "list", "all", "--source", site],
                            capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    sys.exit(result.returncode)


main()
