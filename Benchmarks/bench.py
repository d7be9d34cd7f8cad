#!/usr/bin/env python3
"""katalog against Hugo on the same generated catalogue, in one run (`make bench`).

    python3 Benchmarks/bench.py [--sizes 1000,10000,50000] [--runs 5] [--work DIR] [--out Benchmarks/RESULTS.md]

For each size: generate the corpus with ../shared/bench/gen_corpus.py (seed 42), then time,
alternating katalog and Hugo run by run (these machines drift by tens of percent):
  - katalog cold build into a fresh, empty folder, and Hugo's full build the same way (the
    command line of ../shared/bench/run_baseline.sh, with this folder's Hugo site, hugo/: the
    shared one predates pagination and facet pages, this one writes the same pages as katalog);
  - katalog rebuild with nothing changed, and after editing one product sheet, into its own
    previous output; for the edit, which output files got a new modification time;
  - the floor: the cmark CLI over every body, reading every input file, and `cp -r` of
    katalog's own output tree.
Each timed command runs once untimed first. Figures: median (min-max) wall seconds, CPU
seconds, peak RSS of the process (wait4, as /usr/bin/time -v). Writes a Markdown report, with
the HTML pages each tool wrote per top-level folder.
"""

import argparse
import collections
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))
sys.path.insert(0, SHARED)
import measure  # noqa: E402  (the shared whole-process timer: wall, CPU, peak RSS via wait4)

KATALOG = os.path.join(REPO, ".build", "release", "katalog")
# Not ../shared/bench/hugo: that site has no pagination and no facet pages, so it writes far fewer
# pages than katalog does now. This copy of it writes the same pages (README.md, "The Hugo site").
HUGO_SITE = os.path.join(HERE, "hugo")
# Hugo writes <list>/page/1/index.html, a redirect to <list>/, for every paginated list; katalog has
# no such file. Counted apart from the pages.
HUGO_REDIRECT = "/page/1/index.html"


def sh(*args, **kw):
    return subprocess.run(list(args), check=True, **kw)


def summary(runs, key):
    values = [r[key] for r in runs]
    return statistics.median(values), min(values), max(values)


def fmt(runs, key="wall", digits=3):
    med, lo, hi = summary(runs, key)
    return f"{med:.{digits}f} ({lo:.{digits}f}–{hi:.{digits}f})"


class Tree:
    """What a build wrote: HTML pages (per top-level folder; `(root)` for the files at the top),
    Hugo's page-1 redirects (not pages), all files and their bytes."""

    def __init__(self, folder):
        self.folders = collections.Counter()
        self.redirects = self.files = self.size = 0
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                self.files += 1
                self.size += os.path.getsize(path)
                if not name.endswith(".html"):
                    continue
                rel = "/" + os.path.relpath(path, folder).replace(os.sep, "/")
                if rel.endswith(HUGO_REDIRECT):
                    self.redirects += 1
                else:
                    self.folders[rel.split("/")[1] if rel.count("/") > 1 else "(root)"] += 1
        self.pages = sum(self.folders.values())


def mtimes(folder):
    result = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            st = os.stat(path)
            result[os.path.relpath(path, folder)] = (st.st_mtime_ns, st.st_ino)
    return result


class Size:
    def __init__(self, n, work, runs):
        self.n = n
        self.work = work
        self.runs = runs
        self.corpus = os.path.join(work, f"corpus-{n}")
        self.scratch = os.path.join(work, f"scratch-{n}")
        self.results = {}
        self.notes = []

    def prepare(self):
        if not os.path.exists(os.path.join(self.corpus, "site.yml")):
            sh(sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--products", str(self.n),
               "--out", self.corpus, "--force", stdout=subprocess.DEVNULL)
        self.mounts = os.path.join(self.work, f"hugo-mounts-{self.n}.yaml")
        with open(self.mounts, "w") as f:
            sh(os.path.join(HUGO_SITE, "mounts.sh"), self.corpus, stdout=f)
        self.hugo_config = f"{os.path.join(HUGO_SITE, 'hugo.yaml')},{self.mounts}"
        shutil.rmtree(self.scratch, ignore_errors=True)
        os.makedirs(self.scratch)

    def fresh(self):
        return tempfile.mkdtemp(dir=self.scratch)

    def katalog_cold(self):
        return [KATALOG, "build", "--content", self.corpus, "--output", os.path.join(self.fresh(), "public")]

    def hugo_full(self):
        return ["hugo", "--quiet", "--source", HUGO_SITE, "--config", self.hugo_config, "-d", self.fresh()]

    def timed(self, name, command):
        result = measure.one(command)
        if result["rc"] != 0:
            raise SystemExit(f"{name} failed (exit {result['rc']}): {' '.join(command)}")
        self.results.setdefault(name, []).append(result)
        return result

    def cold_builds(self):
        # One untimed run of each, then alternate.
        measure.one(self.katalog_cold())
        measure.one(self.hugo_full())
        for _ in range(self.runs):
            self.timed("katalog cold", self.katalog_cold())
            self.timed("hugo full", self.hugo_full())
        # Check both wrote what they should.
        k_out = os.path.join(self.fresh(), "public")
        sh(KATALOG, "build", "--content", self.corpus, "--output", k_out, stdout=subprocess.DEVNULL)
        h_out = self.fresh()
        sh(*self.hugo_full()[:-1], h_out)
        self.katalog_tree = Tree(k_out)
        self.hugo_tree = Tree(h_out)
        self.katalog_out = k_out
        # Hugo 0.111 silently skips a --config file it cannot find: make sure the mounts were applied.
        if not os.path.exists(os.path.join(h_out, "products", "index.html")) or not self.hugo_tree.folders["producers"]:
            raise SystemExit(f"the Hugo output in {h_out} does not look like the katalog site (config not applied?)")

    def rebuilds(self):
        out = os.path.join(self.work, f"rebuild-{self.n}", "public")
        shutil.rmtree(os.path.dirname(out), ignore_errors=True)
        os.makedirs(os.path.dirname(out))
        command = [KATALOG, "build", "--content", self.corpus, "--output", out]
        sh(*command, stdout=subprocess.DEVNULL)
        measure.one(command)
        for _ in range(self.runs):
            self.timed("katalog no-change rebuild", command)
        products = sorted(os.listdir(os.path.join(self.corpus, "products")))
        edited = os.path.join(self.corpus, "products", products[len(products) // 2])
        with open(edited, encoding="utf-8") as f:
            original = f.read()
        rewritten = []
        try:
            for i in range(self.runs + 1):
                before = mtimes(out)
                with open(edited, "w", encoding="utf-8") as f:
                    f.write(original + f"\nDiperbarui {i}.\n")
                if i == 0:
                    measure.one(command)  # untimed
                else:
                    self.timed("katalog one-edit rebuild", command)
                after = mtimes(out)
                rewritten.append(sum(1 for k, v in after.items() if before.get(k) != v))
        finally:
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original)
        self.edited = os.path.basename(edited)
        self.rewritten = rewritten[1:]
        shutil.rmtree(os.path.dirname(out), ignore_errors=True)

    def floor(self):
        bodies = os.path.join(self.work, f"bodies-{self.n}.md")
        sh(sys.executable, os.path.join(SHARED, "bodies.py"), self.corpus, bodies, stdout=subprocess.DEVNULL)
        render = ["sh", "-c", 'exec cmark "$1" > /dev/null', "sh", bodies]
        read = ["sh", "-c", 'find "$1" -name "*.md" -type f -exec cat {} + > /dev/null', "sh", self.corpus]
        copy = ["sh", "-c", 'exec cp -r "$1" "$2/copy"', "sh", self.katalog_out]
        for name, command in (("floor: cmark render", render), ("floor: read inputs", read)):
            measure.one(command)
            for _ in range(self.runs):
                self.timed(name, command)
        for _ in range(self.runs):
            self.timed("floor: cp -r katalog output", copy + [self.fresh()])

    def cleanup(self):
        shutil.rmtree(self.scratch, ignore_errors=True)


def environment():
    lines = [f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"]
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    lines.append(f"- machine: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}")
    with open("/proc/meminfo") as f:
        lines.append(f"- memory: {int(f.readline().split()[1]) / 1048576:.1f} GiB")
    for tool in (["hugo", "version"], ["cmark", "--version"], [KATALOG, "--version"], ["swift", "--version"]):
        try:
            out = subprocess.run(tool, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            out = "not found"
        lines.append(f"- `{' '.join(tool)}`: {out}")
    with open("/proc/loadavg") as f:
        lines.append(f"- load average at start: {' '.join(f.read().split()[:3])}")
    return lines


def report(sizes, path, started_env):
    med = lambda s, name, key="wall": summary(s.results[name], key)[0]  # noqa: E731
    out = ["# katalog against Hugo: benchmark results", "",
           "Written by `make bench` (`Benchmarks/bench.py`); do not edit by hand. Method: see the script's",
           "docstring and `Benchmarks/README.md`. Every figure is a median (min–max) of the timed runs,",
           "katalog and Hugo alternating run by run in the same process, after one untimed run each.", "",
           "Hugo builds the site in `Benchmarks/hugo/`, not `../shared/bench/hugo/`: the shared site predates",
           "katalog's pagination and facet pages and writes far fewer pages. `Benchmarks/hugo/` is a copy of it",
           "extended to write katalog's pages (24 products a page, 100 rows in the producers, clusters and",
           "motifs indexes, technique, price band, province and in-stock pages, the browse chips); the last",
           "table counts both tools' pages per folder. What still differs: `Benchmarks/README.md`.", "",
           "## Machine", ""] + started_env + [""]
    out += ["## Builds (wall seconds)", "",
            "| products | katalog cold | Hugo full | katalog / Hugo | katalog no-change | katalog one edit | pages/s katalog | pages/s Hugo |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        k, h = med(s, "katalog cold"), med(s, "hugo full")
        out.append(f"| {s.n:,} | {fmt(s.results['katalog cold'])} | {fmt(s.results['hugo full'])} | "
                   f"**{k / h:.2f}×** | {fmt(s.results['katalog no-change rebuild'])} | "
                   f"{fmt(s.results['katalog one-edit rebuild'])} | {s.katalog_tree.pages / k:,.0f} | {s.hugo_tree.pages / h:,.0f} |")
    out += ["", "## Memory and CPU", "",
            "| products | katalog peak RSS MiB | Hugo peak RSS MiB | katalog / Hugo | katalog CPU s | Hugo CPU s |",
            "|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        kr, hr = med(s, "katalog cold", "peak"), med(s, "hugo full", "peak")
        out.append(f"| {s.n:,} | {kr:.0f} | {hr:.0f} | **{kr / hr:.2f}×** | "
                   f"{fmt(s.results['katalog cold'], 'cpu', 2)} | {fmt(s.results['hugo full'], 'cpu', 2)} |")
    out += ["", "## Against the floor", "",
            "The floor is what the job costs at the least on this machine, on one thread: cmark over every",
            "body, reading every input, and copying katalog's own output tree (`cp -r`).", "",
            "| products | cmark render | read inputs | cp -r output | floor (sum of medians) | katalog cold | katalog / floor |",
            "|---:|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        parts = [med(s, n) for n in ("floor: cmark render", "floor: read inputs", "floor: cp -r katalog output")]
        floor = sum(parts)
        out.append(f"| {s.n:,} | {fmt(s.results['floor: cmark render'])} | {fmt(s.results['floor: read inputs'])} | "
                   f"{fmt(s.results['floor: cp -r katalog output'])} | {floor:.3f} | {med(s, 'katalog cold'):.3f} | "
                   f"**{med(s, 'katalog cold') / floor:.2f}×** |")
    out += ["", "## Rebuilds", "",
            "| products | no-change / cold | one edit / cold | edited sheet | files rewritten per edit (of all) |",
            "|---:|---:|---:|---|---:|"]
    for s in sizes:
        cold = med(s, "katalog cold")
        out.append(f"| {s.n:,} | **{med(s, 'katalog no-change rebuild') / cold:.0%}** | "
                   f"**{med(s, 'katalog one-edit rebuild') / cold:.0%}** | `{s.edited}` | "
                   f"{statistics.median(s.rewritten):.0f} (of {s.katalog_tree.files:,}) |")
    names = [s.n for s in sizes]
    if 10000 in names and 50000 in names:
        s10, s50 = sizes[names.index(10000)], sizes[names.index(50000)]
        out += ["", f"Growth: katalog 50,000 / 10,000 products = **{med(s50, 'katalog cold') / med(s10, 'katalog cold'):.2f}×** "
                f"(Hugo {med(s50, 'hugo full') / med(s10, 'hugo full'):.2f}×)."]
    out += ["", "## Output written", "",
            "Pages: the HTML files each tool wrote, not counting Hugo's `<list>/page/1/index.html`, a redirect",
            "to `<list>/` it writes for every paginated list (katalog has none; counted apart). Files: all files",
            "written (pages, redirects, katalog's search index scripts, style sheets, sitemap); bytes: their sizes.", "",
            "| products | katalog pages | Hugo pages | Hugo page-1 redirects | katalog files / bytes | Hugo files / bytes |",
            "|---:|---:|---:|---:|---:|---:|"]
    for s in sizes:
        k, h = s.katalog_tree, s.hugo_tree
        out.append(f"| {s.n:,} | {k.pages:,} | {h.pages:,} | {h.redirects:,} | {k.files:,} / {k.size:,} | "
                   f"{h.files:,} / {h.size:,} |")
    folders = sorted(set().union(*(set(s.katalog_tree.folders) | set(s.hugo_tree.folders) for s in sizes)),
                     key=lambda f: (f != "(root)", f))
    out += ["", "HTML pages per top-level folder, katalog / Hugo (`search/` is katalog's search page, which the",
            "Hugo site does not imitate):", "",
            "| folder | " + " | ".join(f"{s.n:,} products" for s in sizes) + " |",
            "|---|" + "---:|" * len(sizes)]
    for folder in folders:
        cells = []
        for s in sizes:
            k, h = s.katalog_tree.folders[folder], s.hugo_tree.folders[folder]
            cells.append(f"{k:,} / {h:,}" + ("" if k == h else f" ({(h - k) / k:+.1%})" if k else ""))
        out.append(f"| `{folder}` | " + " | ".join(cells) + " |")
    out += ["", "## Commands", "", "```",
            "python3 ../shared/bench/gen_corpus.py --products N --out WORK/corpus-N --force",
            "katalog build --content WORK/corpus-N --output FRESH/public            # cold, fresh folder each run",
            "Benchmarks/hugo/mounts.sh WORK/corpus-N > WORK/hugo-mounts-N.yaml",
            "hugo --quiet --source Benchmarks/hugo --config Benchmarks/hugo/hugo.yaml,WORK/hugo-mounts-N.yaml -d FRESH",
            "katalog build --content WORK/corpus-N --output WORK/rebuild-N/public   # rebuilds into its own output",
            "cmark WORK/bodies-N.md > /dev/null                                      # floor: render (bodies.py)",
            "find WORK/corpus-N -name '*.md' -type f -exec cat {} + > /dev/null      # floor: read",
            "cp -r KATALOG_OUTPUT FRESH/copy                                         # floor: write",
            "```", ""]
    with open(path, "w") as f:
        f.write("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "katalog-bench"))
    ap.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--katalog", default=KATALOG, help="the katalog binary to measure (to compare two builds of it)")
    a = ap.parse_args()
    globals()["KATALOG"] = os.path.abspath(a.katalog)
    if not shutil.which("hugo"):
        raise SystemExit("bench needs Hugo: apt-get install hugo")
    if not shutil.which("cmark"):
        raise SystemExit("bench needs the cmark CLI: apt-get install cmark")
    os.makedirs(a.work, exist_ok=True)
    env = environment()
    sizes = []
    for n in (int(x) for x in a.sizes.split(",")):
        s = Size(n, a.work, a.runs if n < 50000 else max(3, a.runs - 2))
        print(f"bench: {n} products", flush=True)
        s.prepare()
        s.cold_builds()
        s.rebuilds()
        s.floor()
        s.cleanup()
        sizes.append(s)
        report(sizes, a.out, env)  # keep what is measured even if a later size fails
    print(f"bench: wrote {a.out}")


if __name__ == "__main__":
    main()
