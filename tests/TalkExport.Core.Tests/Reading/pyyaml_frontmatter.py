#!/usr/bin/env python3
"""Oracle for FrontMatterCorpusTests: reads each file named on stdin (one path a line) the way
Jekyll does (front matter between '---' lines, matched with Jekyll's own regex) and composes its
YAML with libyaml through PyYAML (CBaseLoader when available, else the pure-Python BaseLoader, which
follows libyaml). Prints one JSON object a line: {"path", "ok", "value" | "error", "line", "loader"}.
Scalars stay the strings YAML wrote (compose, no type resolution); sequences are lists; mappings are
{"m": [[key, value], ...]} so that order and duplicate keys are compared too."""
import json
import re
import sys

import yaml

# Jekyll's YAML_FRONT_MATTER_REGEXP (lib/jekyll/document.rb).
FRONT_MATTER = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.M | re.S)
LOADER = getattr(yaml, "CBaseLoader", None) or yaml.BaseLoader


def convert(node):
    # The corpus is small and acyclic; aliases simply repeat the anchored value.
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [convert(item) for item in node.value]
    return {"m": [[convert(k), convert(v)] for k, v in node.value]}


def main():
    for path in sys.stdin.read().splitlines():
        if not path:
            continue
        result = {"path": path, "loader": LOADER.__name__}
        try:
            with open(path, "rb") as handle:
                text = handle.read().decode("utf-8-sig")
            match = FRONT_MATTER.match(text)
            if not match:
                result.update(ok=False, error="no front matter")
            else:
                node = yaml.compose(match.group(1), Loader=LOADER)
                result.update(ok=True, value={"m": []} if node is None else convert(node))
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            result.update(ok=False, error=str(error).replace("\n", " "), line=(mark.line + 1) if mark else 0)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            result.update(ok=False, error=str(error).replace("\n", " "), line=0)
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
