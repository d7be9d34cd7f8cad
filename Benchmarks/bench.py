#!/usr/bin/env python3
"""katalog against Hugo on the same generated catalogue, in one run (`make bench`).

    python3 Benchmarks/bench.py [--sizes 1000,10000,50000] [--runs 5] [--images 200] [--work DIR] [--out Benchmarks/RESULTS.md]
    python3 Benchmarks/bench.py --only-images [--images 200] [--images-runs 3] [--out FILE]   # the photos alone
    python3 Benchmarks/bench.py --only-serve [--serve 10000] [--serve-edits 10] [--out FILE]  # katalog serve and hugo server

For each size: generate the corpus with ../shared/bench/gen_corpus.py (seed 42), then time,
alternating katalog and Hugo run by run (these machines drift by tens of percent):
  - katalog cold build into a fresh, empty folder, and Hugo's full build the same way (the
    command line of ../shared/bench/run_baseline.sh, with this folder's Hugo site, hugo/: the
    shared one predates pagination and facet pages, this one writes the same pages as katalog);
  - katalog rebuild with nothing changed, and after editing one product sheet, into its own
    previous output; for the edit, which output files got a new modification time;
  - the floor: the cmark CLI over every body, reading every input file, and `cp -r` of
    katalog's own output tree.
Then the images run (`--images N`, 200 by default, 0 to leave it out; `--only-images` runs it
alone): the 1,000-product corpus with one 4000x3000 phone JPEG for each of its first N products
(../shared/bench/add_photos.py), katalog's photo processing against Hugo's .Resize of the same
photos (hugo/layouts/partials/photo.html), alternating run by run: katalog cold (fresh folder, no
image cache beside it), Hugo cold (fresh folder, empty resource cache), katalog rebuild with
nothing changed (must encode nothing) and after editing one sheet of a product with a photo, Hugo
into a fresh folder with the image cache of its untimed run; then the sizes of the published
photo files per width and format against the budgets.
Each timed command runs once untimed first. Figures: median (min-max) wall seconds, CPU
seconds, peak RSS of the process (wait4, as /usr/bin/time -v). Writes a Markdown report, with
the HTML pages each tool wrote per top-level folder.
"""

import argparse
import collections
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

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



def hugo_mounts(work, corpus, name):
    """Writes the Hugo mounts of `corpus` (hugo/mounts.sh) to WORK/name: its path and the --config value."""
    mounts = os.path.join(work, name)
    with open(mounts, "w") as f:
        sh(os.path.join(HUGO_SITE, "mounts.sh"), corpus, stdout=f)
    return mounts, f"{os.path.join(HUGO_SITE, 'hugo.yaml')},{mounts}"


def reset(folder):
    """An empty folder at `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)

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
        self.mounts, self.hugo_config = hugo_mounts(self.work, self.corpus, f"hugo-mounts-{self.n}.yaml")
        reset(self.scratch)

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


def measure_output(command):
    """measure.one (the same wait4 figures), keeping what the command printed on stdout: katalog's
    summary line says how many photo files it encoded."""
    with tempfile.TemporaryFile() as out:
        t0 = time.monotonic()
        p = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        t1 = time.monotonic()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return {"wall": t1 - t0, "user": ru.ru_utime, "sys": ru.ru_stime, "cpu": ru.ru_utime + ru.ru_stime,
            "peak": ru.ru_maxrss / 1024.0, "rc": os.waitstatus_to_exitcode(status)}, text


def photos_encoded(printed, command):
    """The photo files katalog encoded, from its summary line: `built N pages (F files, E photo
    files encoded) into …` (no count when it encoded none) or `… is up to date (…)`."""
    for line in printed.splitlines():
        if line.startswith("built "):
            m = re.search(r"([\d,]+) photo files encoded", line)
            return int(m.group(1).replace(",", "")) if m else 0
        if " is up to date (" in line:
            return 0
    raise SystemExit(f"no summary line from {' '.join(command)}:\n{printed}")


class PhotoFiles:
    """The published photo files of one output folder, by (format, width in pixels): their sizes in
    bytes, and which are portrait, carry EXIF or (JPEG) are progressive. katalog names them
    `products/<slug>/<stem>-<width>.<ext>`, Hugo `products/<slug>/<name>_hu<hash>_<bytes>_<spec>.<ext>`
    (the spec, with the width, becomes an MD5 when the name would be long), so the width is read
    from the file."""

    PATTERNS = (re.compile(r"^.+-\d+\.(webp|jpg|png)$"), re.compile(r"^.*_hu[0-9a-f]+_\d+_.*\.(webp|jpg|png)$"))

    def __init__(self, folder, hugo):
        from PIL import Image  # add_photos.py needs Pillow too
        pattern = self.PATTERNS[1 if hugo else 0]
        self.sizes = collections.defaultdict(list)
        self.portrait = collections.Counter()
        self.exif = self.progressive = self.jpegs = 0
        products = os.path.join(folder, "products")
        for slug in os.listdir(products):
            if not os.path.isdir(os.path.join(products, slug)):
                continue
            for name in os.listdir(os.path.join(products, slug)):
                m = pattern.match(name)
                if not m:
                    continue
                path = os.path.join(products, slug, name)
                with Image.open(path) as im:
                    key = (m.group(1), im.width)
                    self.sizes[key].append(os.path.getsize(path))
                    if im.height > im.width:
                        self.portrait[key] += 1
                    if len(im.getexif()) or "exif" in im.info:
                        self.exif += 1
                    if m.group(1) == "jpg":
                        self.jpegs += 1
                        self.progressive += bool(im.info.get("progressive") or im.info.get("progression"))
        self.files = sum(len(v) for v in self.sizes.values())
        self.bytes = sum(sum(v) for v in self.sizes.values())


class Images:
    """The images run: katalog's photo processing against Hugo's .Resize of the same photos."""

    PRODUCTS = 1000
    # What katalog makes of a 4000x3000 photo (Sources/KatalogImages/ImageRecipe.swift), and the
    # budgets (decimal kB): card files, the file a 390-px phone at 2x picks, the largest files.
    FILES = [("webp", w) for w in (240, 360, 480, 720, 960)] + [("jpg", w) for w in (240, 360, 480, 720)]
    BUDGETS = {("webp", 240): 25, ("webp", 360): 25, ("webp", 720): 100, ("webp", 960): 150, ("jpg", 720): 150}
    NO_CHANGE_BUDGET = 0.10  # a rebuild with nothing changed, as a share of the cold build

    def __init__(self, photos, work, runs):
        self.photos = photos
        self.work = work
        self.runs = runs
        self.corpus = os.path.join(work, f"corpus-{self.PRODUCTS}-photos-{photos}")
        self.scratch = os.path.join(work, "scratch-images")
        self.results = {}
        self.encoded = collections.defaultdict(list)

    def prepare(self):
        if not os.path.exists(os.path.join(self.corpus, "site.yml")):
            sh(sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--products", str(self.PRODUCTS),
               "--out", self.corpus, "--force", stdout=subprocess.DEVNULL)
        # Does nothing to sheets that already have a photo, so a corpus from an earlier run is reused.
        sh(sys.executable, os.path.join(SHARED, "add_photos.py"), self.corpus, "--count", str(self.photos),
           stdout=subprocess.DEVNULL)
        from PIL import Image
        products = os.path.join(self.corpus, "products")
        self.with_photo = []
        self.rotated = self.source_bytes = 0
        for name in sorted(os.listdir(products)):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(products, name), encoding="utf-8") as f:
                if not f.read().startswith("---\nphotos: [foto.jpg]\n"):
                    continue
            self.with_photo.append(name)
            photo = os.path.join(products, name[:-3], "foto.jpg")
            self.source_bytes += os.path.getsize(photo)
            with Image.open(photo) as im:
                self.source_size = im.size
                self.rotated += im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
        if len(self.with_photo) != self.photos:
            raise SystemExit(f"{self.corpus} has {len(self.with_photo)} products with a photo, not {self.photos}")
        self.mounts, self.hugo_config = hugo_mounts(
            self.work, self.corpus, f"hugo-mounts-{self.PRODUCTS}-photos-{self.photos}.yaml")
        reset(self.scratch)

    def fresh(self):
        return tempfile.mkdtemp(dir=self.scratch)

    def katalog(self, out):
        return [KATALOG, "build", "--content", self.corpus, "--output", out]

    def katalog_cold(self):
        folder = self.fresh()
        assert not os.path.exists(os.path.join(folder, ".public.katalog-images"))
        return self.katalog(os.path.join(folder, "public"))

    def hugo(self, resources):
        # Hugo 0.111 has no --resourceDir flag; HUGO_RESOURCEDIR sets the same setting (its image
        # cache is <resourceDir>/_gen/images). `env` execs hugo, so the figures are Hugo's.
        return ["env", f"HUGO_RESOURCEDIR={resources}", "hugo", "--quiet", "--source", HUGO_SITE,
                "--config", self.hugo_config, "-d", self.fresh()]

    def run(self, name, command, timed):
        result, printed = measure_output(command)
        if result["rc"] != 0:
            raise SystemExit(f"{name} failed (exit {result['rc']}): {' '.join(command)}\n{printed}")
        if timed:
            self.results.setdefault(name, []).append(result)
        if command[0] == KATALOG:
            encoded = photos_encoded(printed, command)
            if name == "katalog cold" and encoded != len(self.FILES) * self.photos:
                raise SystemExit(f"katalog cold encoded {encoded} photo files, not {len(self.FILES) * self.photos}")
            if name == "katalog no-change rebuild" and encoded:
                raise SystemExit(f"a katalog rebuild with nothing changed encoded {encoded} photo files")
            if timed:
                self.encoded[name].append(encoded)
        return command

    def measure(self):
        # The sheet edited before each one-edit rebuild: the middle product with a photo (its photo
        # does not change, so nothing should be encoded). It stays edited until the end, so that the
        # next round's no-change rebuild has nothing to do.
        edited = os.path.join(self.corpus, "products", self.with_photo[len(self.with_photo) // 2])
        with open(edited, encoding="utf-8") as f:
            original = f.read()
        try:
            for i in range(self.runs + 1):
                timed = i > 0
                command = self.run("katalog cold", self.katalog_cold(), timed)
                if not timed:
                    # The untimed cold build's output is the one the rebuilds go into.
                    self.katalog_out = command[-1]
                hugo_resources = self.fresh()
                command = self.run("hugo cold", self.hugo(hugo_resources), timed)
                if not timed:
                    self.hugo_out, self.hugo_resources = command[-1], hugo_resources
                    # Hugo 0.111 silently skips a --config file it cannot find: check the mounts were applied.
                    if not os.path.exists(os.path.join(self.hugo_out, "products", "index.html")):
                        raise SystemExit(f"the Hugo output in {self.hugo_out} does not look like the katalog site")
                    self.katalog_files = PhotoFiles(self.katalog_out, hugo=False)
                    self.hugo_files = PhotoFiles(self.hugo_out, hugo=True)
                    for tool, files in (("katalog", self.katalog_files), ("Hugo", self.hugo_files)):
                        if files.files != len(self.FILES) * self.photos:
                            raise SystemExit(f"{tool} published {files.files} photo files, not {len(self.FILES) * self.photos}")
                self.run("katalog no-change rebuild", self.katalog(self.katalog_out), timed)
                with open(edited, "w", encoding="utf-8") as f:
                    f.write(original + f"\nDiperbarui {i}.\n")
                self.run("katalog one-edit rebuild", self.katalog(self.katalog_out), timed)
                self.run("hugo warm rebuild", self.hugo(self.hugo_resources), timed)
                print(f"bench: images round {i}/{self.runs} done", flush=True)
        finally:
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original)
        self.edited = os.path.basename(edited)

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


class Serve:
    """The maintainer's loop at N products: `katalog serve` (Benchmarks/serve.py) and `hugo server`
    (../shared/bench/hugo_server_incr.py) on the same corpus, one after the other, each printing
    its own figures (latency from a one-file write to the reload, peak RSS)."""

    def __init__(self, n, work, edits):
        self.n, self.work, self.edits = n, work, edits
        self.corpus = os.path.join(work, f"corpus-{n}")
        self.outputs = {}

    def measure(self):
        if not os.path.exists(os.path.join(self.corpus, "site.yml")):
            sh(sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--products", str(self.n),
               "--out", self.corpus, "--force", stdout=subprocess.DEVNULL)
        run = lambda *cmd: subprocess.run(cmd, check=True, capture_output=True, text=True).stdout  # noqa: E731
        self.outputs["katalog serve"] = run(
            sys.executable, os.path.join(HERE, "serve.py"), "--katalog", KATALOG, "--corpus", self.corpus,
            "--edits", str(self.edits), "--out", os.path.join(self.work, f"serve-{self.n}", "public"))
        _, config = hugo_mounts(self.work, self.corpus, f"hugo-mounts-{self.n}.yaml")
        dest = os.path.join(self.work, f"hugo-server-{self.n}")
        reset(dest)
        self.outputs["hugo server"] = run(
            sys.executable, os.path.join(SHARED, "hugo_server_incr.py"), "--site", HUGO_SITE, "--config", config,
            "--corpus", self.corpus, "--dest", dest, "--edits", str(self.edits))


def serve_section(serve):
    out = [f"## Serving: one edit to the reload ({serve.n:,} products)", "",
           "`katalog serve` (`Benchmarks/serve.py`): from the write of one product sheet (a sentence appended",
           "to its body) to the server-sent event that reloads its page, the watcher's batching included; budget",
           "150 ms (median of the edits). `hugo server` (`../shared/bench/hugo_server_incr.py`, fast render",
           "mode, rendering to disk): the same edits, from the write to Hugo's `Total in` log line.", ""]
    for name, text in serve.outputs.items():
        out += [f"### {name}", "", "```", text.rstrip(), "```", ""]
    return out


def report(sizes, images, path, started_env, serve=None):
    med = lambda s, name, key="wall": summary(s.results[name], key)[0]  # noqa: E731
    out = ["# katalog against Hugo: benchmark results", "",
           "Written by `make bench` (`Benchmarks/bench.py`); do not edit by hand. Method: see the script's",
           "docstring and `Benchmarks/README.md`. Every figure is a median (min–max) of the timed runs,",
           "katalog and Hugo alternating run by run in the same process, after one untimed run each.", "",
           "Hugo builds the site in `Benchmarks/hugo/`, not `../shared/bench/hugo/`: the shared site predates",
           "katalog's pagination and facet pages and writes far fewer pages. `Benchmarks/hugo/` is a copy of it",
           "extended to write katalog's pages (24 products a page, 50 rows in the producers, clusters and",
           "motifs indexes, technique, price band, province and in-stock pages, the browse chips); the last",
           "table counts both tools' pages per folder. What still differs: `Benchmarks/README.md`.", "",
           "## Machine", ""] + started_env + [""]
    if sizes:
        out += size_sections(sizes, med)
    if images and images.results:
        out += photo_section(images)
    if serve and serve.outputs:
        out += serve_section(serve)
    if sizes:
        out += ["## Commands", "", "```",
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


def size_sections(sizes, med):
    out = ["## Builds (wall seconds)", "",
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
    return out + [""]


def kb(n):
    return f"{n / 1000:.1f}"


def photo_section(im):
    med = lambda name, key="wall": summary(im.results[name], key)[0]  # noqa: E731
    k_cold, h_cold = med("katalog cold"), med("hugo cold")
    no_change = med("katalog no-change rebuild") / k_cold
    w, h = im.source_size
    out = ["## Photos", "",
           f"{im.PRODUCTS:,} products (`gen_corpus.py`, seed 42), the first {im.photos} with one {w}×{h} phone JPEG "
           f"each (`add_photos.py`: {im.source_bytes / 1e6:,.0f} MB in all, {im.rotated} of them to be turned by "
           f"their EXIF orientation); {len(im.FILES)} files a photo, {len(im.FILES) * im.photos:,} in all. "
           f"{len(im.results['katalog cold'])} timed run{'s' if len(im.results['katalog cold']) > 1 else ''} after one "
           "untimed run, the five commands alternating "
           "run by run. Hugo makes the files with `.Resize` in `Benchmarks/hugo/layouts/partials/photo.html`; "
           "what differs between the two pipelines: `Benchmarks/README.md`.", "",
           "| build | wall s | CPU s | peak RSS MiB | of katalog cold |",
           "|---|---:|---:|---:|---:|"]
    rows = [("katalog cold: fresh folder, no image cache", "katalog cold"),
            ("Hugo cold: fresh folder, empty resource cache", "hugo cold"),
            ("katalog rebuild, nothing changed", "katalog no-change rebuild"),
            (f"katalog rebuild after editing `{im.edited}`", "katalog one-edit rebuild"),
            ("Hugo into a fresh folder, warm image cache", "hugo warm rebuild")]
    for label, name in rows:
        share = med(name) / k_cold
        if name == "katalog no-change rebuild":
            cell = f"**{share:.1%}** ({'under' if share < im.NO_CHANGE_BUDGET else 'over'} the {im.NO_CHANGE_BUDGET:.0%} budget)"
        else:
            cell = f"{share:.1%}"
        out.append(f"| {label} | {fmt(im.results[name])} | {fmt(im.results[name], 'cpu', 2)} | "
                   f"{med(name, 'peak'):.0f} | {cell} |")
    encoded = sorted(set(im.encoded["katalog one-edit rebuild"]))
    out += ["", f"katalog cold / Hugo cold: **{k_cold / h_cold:.2f}×** wall, "
            f"{med('katalog cold', 'cpu') / med('hugo cold', 'cpu'):.2f}× CPU, "
            f"{med('katalog cold', 'peak') / med('hugo cold', 'peak'):.2f}× peak RSS. "
            f"Photo files katalog encoded: {len(im.FILES) * im.photos:,} in every cold build, none with nothing changed "
            f"(checked on every run), {', '.join(str(e) for e in encoded)} after the edit.", "",
            "Published photo files, decimal kB (median / max of the "
            f"{im.photos} files of each kind); katalog's against the budgets:", "",
            "| file | budget | katalog median | katalog max | within budget | Hugo median | Hugo max |",
            "|---|---:|---:|---:|---|---:|---:|"]
    for key in im.FILES:
        fmt_, width = key
        k, hg = im.katalog_files.sizes[key], im.hugo_files.sizes[key]
        budget = im.BUDGETS.get(key)
        verdict = "" if budget is None else ("yes" if max(k) <= budget * 1000 else "**no**")
        out.append(f"| {'WebP' if fmt_ == 'webp' else 'JPEG'} {width} px | {f'≤ {budget} kB' if budget else '–'} | "
                   f"{kb(statistics.median(k))} | {kb(max(k))} | {verdict} | "
                   f"{kb(statistics.median(hg)) if hg else '–'} | {kb(max(hg)) if hg else '–'} |")
    kf, hf = im.katalog_files, im.hugo_files
    out += ["", f"All {im.photos} photos' files: katalog {kf.files:,} files, {kf.bytes / 1e6:.1f} MB; "
            f"Hugo {hf.files:,} files, {hf.bytes / 1e6:.1f} MB ({hf.bytes / kf.bytes:.2f}× katalog's). "
            f"Upright (portrait 240 px WebP, of {im.rotated} photos to turn): katalog {kf.portrait[('webp', 240)]}, "
            f"Hugo {hf.portrait[('webp', 240)]}. Files with EXIF: katalog {kf.exif}, Hugo {hf.exif}. "
            f"Progressive JPEGs: katalog {kf.progressive} of {kf.jpegs}, Hugo {hf.progressive} of {hf.jpegs}.", "",
            "```",
            f"python3 ../shared/bench/gen_corpus.py --products {im.PRODUCTS} --out WORK/{os.path.basename(im.corpus)} --force",
            f"python3 ../shared/bench/add_photos.py WORK/{os.path.basename(im.corpus)} --count {im.photos}",
            f"katalog build --content WORK/{os.path.basename(im.corpus)} --output FRESH/public      # cold; rebuilds into the untimed run's output",
            f"Benchmarks/hugo/mounts.sh WORK/{os.path.basename(im.corpus)} > WORK/{os.path.basename(im.mounts)}",
            f"env HUGO_RESOURCEDIR=FRESH_OR_WARM hugo --quiet --source Benchmarks/hugo --config Benchmarks/hugo/hugo.yaml,WORK/{os.path.basename(im.mounts)} -d FRESH",
            "```", ""]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--images", type=int, default=200, metavar="N",
                    help="products with a photo in the images run (0: no images run)")
    ap.add_argument("--images-runs", type=int, metavar="RUNS",
                    help="timed runs of the images run (default: --runs, at most 3: a cold Hugo build of "
                         "200 photos takes about ten minutes on 2 cores)")
    ap.add_argument("--only-images", action="store_true", help="the images run alone (not the sizes)")
    ap.add_argument("--serve", type=int, default=10000, metavar="N",
                    help="products in the serve run (katalog serve and hugo server; 0: no serve run)")
    ap.add_argument("--serve-edits", type=int, default=10)
    ap.add_argument("--only-serve", action="store_true", help="the serve run alone")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "katalog-bench"))
    ap.add_argument("--out", help="the report (default Benchmarks/RESULTS.md; with --only-images, "
                                  "WORK/images-results.md, and never RESULTS.md)")
    ap.add_argument("--katalog", default=KATALOG, help="the katalog binary to measure (to compare two builds of it)")
    a = ap.parse_args()
    globals()["KATALOG"] = os.path.abspath(a.katalog)
    results = os.path.join(HERE, "RESULTS.md")
    if a.only_images:
        if a.images <= 0:
            ap.error("--only-images needs --images N with N > 0")
        a.out = a.out or os.path.join(a.work, "images-results.md")
        if os.path.abspath(a.out) == results:
            ap.error("--only-images would replace RESULTS.md with the Photos section alone: give another --out")
    if a.only_serve:
        a.out = a.out or os.path.join(a.work, "serve-results.md")
        if os.path.abspath(a.out) == results:
            ap.error("--only-serve would replace RESULTS.md with the serve section alone: give another --out")
        a.images = 0
    a.out = a.out or results
    if not shutil.which("hugo"):
        raise SystemExit("bench needs Hugo: apt-get install hugo")
    if not (a.only_images or a.only_serve) and not shutil.which("cmark"):
        raise SystemExit("bench needs the cmark CLI: apt-get install cmark")
    if a.images > 0:
        try:
            import PIL  # noqa: F401
        except ImportError:
            raise SystemExit("the images run needs Pillow (for ../shared/bench/add_photos.py): pip install Pillow")
    os.makedirs(a.work, exist_ok=True)
    env = environment()
    sizes = []
    for n in (int(x) for x in a.sizes.split(",")) if not (a.only_images or a.only_serve) else ():
        s = Size(n, a.work, a.runs if n < 50000 else max(3, a.runs - 2))
        print(f"bench: {n} products", flush=True)
        s.prepare()
        s.cold_builds()
        s.rebuilds()
        s.floor()
        s.cleanup()
        sizes.append(s)
        report(sizes, None, a.out, env)  # keep what is measured even if a later size fails
    if a.images > 0:
        images = Images(a.images, a.work, a.images_runs or min(a.runs, 3))
        print(f"bench: images, {a.images} photos, {images.runs} timed runs", flush=True)
        images.prepare()
        images.measure()
        images.cleanup()
        report(sizes, images, a.out, env)
    else:
        images = None
    if a.serve > 0:
        serve = Serve(a.serve, a.work, a.serve_edits)
        print(f"bench: serve, {a.serve} products, {a.serve_edits} edits", flush=True)
        serve.measure()
        report(sizes, images, a.out, env, serve)
    print(f"bench: wrote {a.out}")


if __name__ == "__main__":
    main()
