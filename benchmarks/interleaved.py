#!/usr/bin/env python3
"""Times two shell commands in alternating runs and prints their median wall-clock times.

hyperfine runs all of one command, then all of the other; on a machine whose speed drifts (a
shared VM: ±20 % within minutes) that drift lands in the ratio. Alternating the two (A B, B A,
A B, ...) exposes both to the same drift, so the ratio of medians is what the programs differ by.

usage: interleaved.py RUNS OUT.json 'command A' 'command B'
prints: "median_a median_b" (seconds, 3 decimals)
"""
import json
import statistics
import subprocess
import sys
import time


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    runs, out, a, b = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    wall(a), wall(b)  # warm the page cache and both programs
    times = {a: [], b: []}
    for i in range(runs):
        for command in ((a, b) if i % 2 == 0 else (b, a)):
            times[command].append(wall(command))
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"runs": runs, "a": {"command": a, "times": times[a]}, "b": {"command": b, "times": times[b]}}, f, indent=1)
    print("%.3f %.3f" % (statistics.median(times[a]), statistics.median(times[b])))


if __name__ == "__main__":
    main()
