#!/usr/bin/env python3
"""katalog at the edges of scale: `make scale` (docs/reliability.md).

Each check builds a generated catalogue with the release binary, timed by the shared
measure.py (wall seconds, peak RSS), and fails (exit 1) when its promise is broken:

- 100,000 products (../shared/bench/gen_corpus.py) build with peak memory under 2 GiB;
- a single 1 MiB front-matter value fails at once with a clear message;
- 10,000 distinct motifs, and one producer with 20,000 products, build, and doubling the input
  at most triples the time (a quadratic cost would quadruple it).

Usage: python3 Benchmarks/scale.py [--katalog PATH] [--work DIR] [--products 100000]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
MIB = 1 << 20
sys.path.insert(0, SHARED)
import measure as timer  # noqa: E402  (the shared whole-process timer: wall, peak RSS via wait4)


def measure(command):
    """Runs `command` under the shared timer: (exit status, wall s, peak RSS MiB, stderr)."""
    figures = timer.one(command)
    # The timer discards the output; a failed build is run again for its message.
    err = ""
    if figures["rc"] != 0:
        err = subprocess.run(command, capture_output=True, text=True).stderr
    return figures["rc"], figures["wall"], figures["peak"], err


def generate(products, out):
    if not os.path.isdir(out):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--products", str(products),
                        "--out", out, "--seed", "42"], check=True, stdout=subprocess.DEVNULL)
    return out


def rewrite(source, out, change):
    """A copy of the corpus `source` with every product sheet passed through `change(i, text)`."""
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(source, out)
    for i, path in enumerate(sorted(glob.glob(os.path.join(out, "products", "*.md")))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(change(i, text))
    return out


def build(katalog, content, output):
    if os.path.isdir(output):
        shutil.rmtree(output)
    return measure([katalog, "build", "--content", content, "--output", output])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--katalog", default=os.path.join(ROOT, ".build", "release", "katalog"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "katalog-scale"))
    ap.add_argument("--products", type=int, default=100_000)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    katalog = os.path.abspath(args.katalog)
    failures = []
    report = []

    def check(ok, line):
        report.append(("ok    " if ok else "FAILED ") + line)
        print(report[-1], flush=True)
        if not ok:
            failures.append(line)

    # 100,000 products under 2 GiB.
    big = generate(args.products, os.path.join(args.work, f"corpus-{args.products}"))
    status, wall, rss, _ = build(katalog, big, os.path.join(args.work, "out-big"))
    check(status == 0 and rss < 2048,
          f"{args.products:,} products: exit {status}, {wall:.1f} s, peak RSS {rss:.0f} MiB (limit 2,048)")
    shutil.rmtree(os.path.join(args.work, "out-big"), ignore_errors=True)

    # One 1 MiB front-matter value: a clear error, at once.
    small = generate(1000, os.path.join(args.work, "corpus-1000"))
    value = "sutra " * (MIB // 6 + 1)
    huge = rewrite(small, os.path.join(args.work, "corpus-huge-value"),
                   lambda i, t: t.replace("---\n", f"---\nmaterial: {value}\n", 1) if i == 0 else t)
    status, wall, rss, err = build(katalog, huge, os.path.join(args.work, "out-huge"))
    message = next((l for l in err.splitlines() if ": error: " in l), "")
    check(status == 1 and "at most 1 MiB is allowed" in message and wall < 5,
          f"a 1 MiB front-matter value: exit {status} in {wall:.2f} s: {message}")

    # 10,000 distinct motifs, and one producer with 20,000 products: built, and linear.
    def distinct_motifs(i, text):
        return re.sub(r"^motifs: .*$", f"motifs: [Motif Nomor {i}]", text, count=1, flags=re.M)

    def one_producer(producer):
        return lambda i, text: re.sub(r"^producer: .*$", f"producer: {producer}", text, count=1, flags=re.M)

    cases = [("distinct motifs", 10_000, lambda corpus: distinct_motifs),
             ("products of one producer", 20_000,
              lambda corpus: one_producer(sorted(os.listdir(os.path.join(corpus, "producers")))[0][:-3]))]
    for name, n, change in cases:
        times = {}
        for size in (n // 2, n):
            corpus = generate(size, os.path.join(args.work, f"corpus-{size}"))
            edited = rewrite(corpus, os.path.join(args.work, f"corpus-{size}-{name.replace(' ', '-')}"), change(corpus))
            runs = []
            for _ in range(3):
                status, wall, rss, _ = build(katalog, edited, os.path.join(args.work, "out-case"))
                runs.append(wall)
                if status != 0:
                    break
            times[size] = sorted(runs)[len(runs) // 2]
            check(status == 0, f"{size:,} {name}: exit {status}, median {times[size]:.2f} s, peak RSS {rss:.0f} MiB")
        ratio = times[n] / times[n // 2]
        check(ratio < 3, f"{name}: {n // 2:,} → {n:,} takes {ratio:.2f}× the time (linear 2×, quadratic 4×)")
    shutil.rmtree(os.path.join(args.work, "out-case"), ignore_errors=True)

    print("\n".join(["", "summary:"] + report))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
