#!/usr/bin/env python3
"""The page and search budgets of a big catalogue, measured: `make budgets` (also run by `make bench`).

Builds the generated catalogue of N products (default 50,000, `gen_corpus.py --added`) with
katalog, then measures what issue 9 budgets and rewrites Benchmarks/BUDGETS.md:

- the largest HTML page of each kind of page (budget: 60 KB raw, every page);
- the number of output files against 1.5 x the entity pages (products, producers, clusters,
  motifs) plus the list pages;
- for each budgeted query, what headless Chromium loads: the search page opened from disk with
  `?q=...` (and `&sort=...`) and left to run, the files it lists in `data-loaded` once it is done,
  gzipped at level 6 (budgets: 150 KB for a narrow query, 400 KB for a broad one sorted by price);
- the search script gzipped (budget: 10 KB).

Needs chromium (Debian's; `make budgets` installs it) and ../shared/bench/gen_corpus.py.
"""
import argparse
import collections
import gzip
import html
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(REPO), "shared", "bench")
WORK = os.path.join(os.environ.get("TMPDIR", "/tmp"), "katalog-bench")

# (query, sort, budget in KB gzipped, why)
QUERIES = [
    ("gorga merah", None, 150, "narrow: two words"),
    ("kaw", None, 150, "narrow: a prefix"),
    ("batik", "price-up", 400, "broad, cheapest first"),
    ("batik", "price-down", 400, "broad, dearest first"),
]
PAGE_BUDGET = 60 * 1024
SCRIPT_BUDGET = 10 * 1024


def gz(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), compresslevel=6, mtime=0))


def kind(rel):
    """What kind of page a path is: `products/x/`, `products/page/N/`, …"""
    parts = rel.split("/")[:-1]
    if not parts:
        return rel
    if "page" in parts:
        return parts[0] + ("/x" if parts.index("page") > 1 else "") + "/page/N/"
    return parts[0] + ("/x/" if len(parts) > 1 else "/")


def pages(out):
    largest = {}
    files = 0
    html_pages = []
    for root, _, names in os.walk(out):
        for name in names:
            files += 1
            if name.endswith(".html"):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, out)
                size = os.path.getsize(path)
                html_pages.append(rel)
                k = kind(rel)
                if size > largest.get(k, (0, ""))[0]:
                    largest[k] = (size, rel)
    return files, html_pages, largest


def search(chromium, out, query, sort):
    url = "file://" + os.path.join(out, "search", "index.html") + "?q=" + query.replace(" ", "+")
    if sort:
        url += "&sort=" + sort
    started = time.monotonic()
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=60000", "--dump-dom", url],
        capture_output=True, text=True, timeout=300).stdout
    seconds = time.monotonic() - started
    state = re.search(r'data-state="([^"]*)"', dom)
    loaded = re.search(r'data-loaded="([^"]*)"', dom)
    status = re.search(r'id="search-status"[^>]*>([^<]*)<', dom)
    if not state or state.group(1) != "done" or not loaded:
        raise SystemExit(f"search for {query!r} did not finish in the browser")
    names = loaded.group(1).split()
    files = [os.path.join(out, "search", n + ".js") for n in names]
    return {
        "files": names,
        "raw": sum(os.path.getsize(f) for f in files),
        "gz": sum(gz(f) for f in files),
        "status": html.unescape(status.group(1)) if status else "",
        "seconds": seconds,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--products", type=int, default=50_000)
    ap.add_argument("--katalog", default=os.path.join(REPO, ".build", "release", "katalog"))
    ap.add_argument("--out", default=os.path.join(HERE, "BUDGETS.md"))
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("budgets need chromium: apt-get install chromium")

    os.makedirs(WORK, exist_ok=True)
    corpus = os.path.join(WORK, f"corpus-{args.products}-added")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--products", str(args.products),
                        "--out", corpus, "--added"], check=True, stdout=subprocess.DEVNULL)
    out = os.path.join(WORK, f"budgets-{args.products}")
    # With a base URL, as a published catalogue is: link previews and structured data count.
    subprocess.run(
        [args.katalog, "build", "--content", corpus, "--output", out, "--base-url", "https://katalog.example/"],
        check=True,
    )

    files, html_pages, largest = pages(out)
    entity = sum(1 for p in html_pages
                 if re.fullmatch(r"(products|producers|clusters|motifs)/[^/]+/index\.html", p))
    listing = len(html_pages) - entity - sum(1 for p in html_pages if p in ("404.html", "search/index.html"))
    limit = 1.5 * entity + listing
    script = os.path.join(out, "assets", "search.js")

    lines = [
        "# Page and search budgets at scale",
        "",
        "Written by `make budgets` (`Benchmarks/budgets.py`, also run by `make bench`); do not edit by hand.",
        "",
        f"- catalogue: `gen_corpus.py --products {args.products:,} --added`, built with "
        f"`katalog build --base-url https://katalog.example/` (defaults: 24 products a page, 50 directory rows a page)",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- `{os.path.relpath(args.katalog, REPO)} --version`: "
        + subprocess.run([args.katalog, "--version"], capture_output=True, text=True).stdout.strip(),
        f"- `chromium --version`: " + subprocess.run([chromium, "--version"], capture_output=True,
                                                     text=True).stdout.strip(),
        "",
        "## Pages (budget: no HTML page over 60 KB)",
        "",
        "| kind of page | largest | bytes | within |",
        "|---|---|---:|---|",
    ]
    worst = 0
    for k, (size, rel) in sorted(largest.items(), key=lambda kv: -kv[1][0]):
        if not k.startswith("print/"):
            worst = max(worst, size)
        # The printed catalogue is made for paper, not for phones: outside the budget (issue 11).
        verdict = "outside the budget (print)" if k.startswith("print/") else "yes" if size <= PAGE_BUDGET else "**no**"
        lines.append(f"| `{k}` | `{rel}` | {size:,} | {verdict} |")
    lines += [
        "",
        f"Output: {files:,} files; {len(html_pages):,} HTML pages, of which {entity:,} entity pages (products, "
        f"producers, clusters, motifs) and {listing:,} list pages (home, indexes, facets, numbered pages). "
        f"Budget: 1.5 × {entity:,} + {listing:,} = {limit:,.0f} files: "
        f"{'within' if files <= limit else '**over**'} ({files / (entity + listing):.2f} files per page).",
        "",
        "## Search (budgets: 150 KB gzipped for a narrow query, 400 KB for a broad one sorted by price)",
        "",
        "The search page opened from disk in headless Chromium with the query in its address, left to run",
        "until it has shown its first results; then every file it loaded (its `data-loaded` list), gzipped",
        "at level 6. The search page itself and the script are not index files and are counted apart.",
        "",
        "| query | sort | results | files loaded | raw KB | gzipped KB | budget KB | within |",
        "|---|---|---|---:|---:|---:|---:|---|",
    ]
    for query, sort, budget, _ in QUERIES:
        r = search(chromium, out, query, sort)
        lines.append(
            f"| `{query}` | {sort or 'relevance'} | {r['status']} | {len(r['files'])} | {r['raw'] / 1024:,.0f} | "
            f"{r['gz'] / 1024:,.0f} | {budget} | {'yes' if r['gz'] <= budget * 1024 else '**no**'} |")
    script_gz = gz(script)
    shards = sorted((f for f in os.listdir(os.path.join(out, "search")) if f.startswith("t-")),
                    key=lambda f: -os.path.getsize(os.path.join(out, "search", f)))
    index_bytes = sum(os.path.getsize(os.path.join(out, "search", f)) for f in os.listdir(os.path.join(out, "search")))
    lines += [
        "",
        f"Script `assets/search.js`: {os.path.getsize(script):,} bytes, {script_gz:,} gzipped "
        f"({'within' if script_gz <= SCRIPT_BUDGET else '**over**'} the 10 KB budget). The whole index: "
        f"{len(os.listdir(os.path.join(out, 'search'))) - 1:,} files, {index_bytes / 1e6:,.1f} MB raw; its largest shard "
        f"`{shards[0]}` is {os.path.getsize(os.path.join(out, 'search', shards[0])) / 1024:,.0f} KB raw, "
        f"{gz(os.path.join(out, 'search', shards[0])) / 1024:,.0f} KB gzipped.",
        "",
    ]
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
