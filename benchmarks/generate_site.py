#!/usr/bin/env python3
"""Generate a large, realistic Jekyll site of talk records for benchmarks.

Records are shaped like the seed site (olofmogren.github.io talks/_posts): a date-prefixed
file name, a multi-line double-quoted HTML `longversion` whose continuation lines start at
column 0 (the libyaml-only layout), a `shortversion` with a YouTube link, several authors,
relative slides links, tags and an empty `bibtex:` key. Everything is fictional and
deterministic (seeded), so two runs give the same bytes.

usage: generate_site.py OUT_DIR COUNT [--seed N] [--owner NAME]
"""
import argparse
import os
import random

FIRST = ["Ada", "Björn", "Chiara", "Dmitri", "Émilie", "Farah", "Gustav", "Hana", "Ingrid", "Jonas",
         "Kwame", "Lucía", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomoko"]
LAST = ["Andersson", "Berg", "Costa", "van der Linden", "Eriksson", "Fischer", "García", "Håkansson",
        "Ivanova", "Johansson", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov"]
WORDS = ["deep", "learning", "uncertainty", "Bayesian", "networks", "representations", "privacy",
         "generative", "models", "graphs", "language", "climate", "fairness", "robust", "inference",
         "transformers", "GANs", "NLP", "optimization", "kernels", "causal", "reinforcement", "sparse"]
VENUES = ["Learning Machines Seminars at RISE Research Institutes of Sweden", "Invited talk, Chalmers",
          "NeurIPS Workshop on Uncertainty", "Guest lecture, Göteborgs universitet",
          "Keynote, Swedish Symposium on Deep Learning", "Poster session, ICML", "AI Sweden Colloquium",
          "Tutorial at ECML-PKDD", "Panel discussion, Almedalen"]
SENTENCES = [
    "Our world is full of uncertainties: measurement errors & modelling errors are some examples.",
    "Machine learning systems are increasingly used in crucial applications such as medicine.",
    "We show how <em>representations</em> learned from data can be reused across tasks.",
    "Deep learning has demonstrated astonishing results for many different tasks.",
    "In this talk, we connect deep learning with Bayesian machine learning (see <a href='https://example.org/paper'>the paper</a>).",
    "Predictions are often deterministic and give only a point estimate as output &mdash; which is risky.",
    "We discuss privacy, fairness and the cost of training large models on limited data.",
]


def paragraph(rng):
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(5, 8)))


def record(rng, i):
    year = rng.randint(2010, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    words = rng.sample(WORDS, rng.randint(3, 7))
    title = " ".join(words).capitalize()
    slug = "-".join(w.lower() for w in words[:4]) + f"-{i}"
    authors = ", ".join(f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 4)))
    paras = [paragraph(rng) for _ in range(rng.randint(3, 7))]
    longversion = "\n</p><p>\n".join(paras)
    video = f"https://www.youtube.com/watch?v=v{i:07d}&list=PL{year}"
    shortversion = paras[0] + f"\n</p><p>\nVideo: <a href='{video}'>Youtube</a>\n"
    venue = rng.choice(VENUES)
    front = [
        "---",
        f"title: {title}",
        "layout: talks",
        "tags:",
        " - default",
        f" - {rng.choice(['ml', 'nlp', 'privacy', 'climate'])}",
        "box-bg-imgsrc: ",
        f"imgsrc: /graphics/illustrations/{year}/{slug}.png",
        f"imgalt: {title}",
        f'longversion: "{longversion}"',
        f'shortversion: "{shortversion}"',
        "",
        f"venue: {venue}",
        f"authors: {authors}",
        "bibtex: ",
        "permalink:",
        f"pdf: /talks/slides/{year}-{month:02d}-{day:02d}-{slug}.pdf",
        "overwriteurl: ",
        f"externallink: https://events.example.org/{year}/{slug}/",
        "redirect_from:",
        "---",
        "",
    ]
    name = f"{year}-{month:02d}-{day:02d}-{slug}.md"
    return name, "\n".join(front)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=20201105)
    ap.add_argument("--owner", default="Ada Benchmark", help="the site owner's name (a department's members differ)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    posts = os.path.join(args.out, "talks", "_posts")
    os.makedirs(posts, exist_ok=True)
    with open(os.path.join(args.out, "_config.yml"), "w", encoding="utf-8") as f:
        f.write(f"name: {args.owner}\nurl: https://bench.example.org\nbaseurl: /\n"
                "permalink: /:categories/:year/:title/\n")
    total = 0
    for i in range(args.count):
        name, text = record(rng, i)
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(posts, name), "wb") as f:
            f.write(data)
    print(f"wrote {args.count} records, {total / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
