#!/usr/bin/env python3
"""The sample catalogue on a slow phone: `make lcp` (also run by `make bench`).

Builds content/ with katalog into a temporary folder, serves it over HTTP with gzip (a small
server below: Python's http.server does not compress), and loads pages in headless Chromium
driven over the DevTools pipe, throttled as the photo issue's baseline was measured:

- network: 400 ms round trip, 400 kbit/s down and up (Network.emulateNetworkConditions), cache off;
- CPU slowed 4x (Emulation.setCPUThrottlingRate);
- screen 390 x 844 CSS px at 2x density, mobile (Emulation.setDeviceMetricsOverride).

For each page: the largest contentful paint (PerformanceObserver, buffered), the time the network
goes quiet (the last response's end), and the bytes fetched. Also checks that no page of the sample
references a file over 200 KB. Prints a Markdown table; `--out` also writes it (default:
Benchmarks/LCP.md). Budgets (issue 10): the product page's LCP under 3.5 s, the products list's
under 4 s.

Needs chromium (Debian's; `make lcp` installs it).
"""
import argparse
import gzip
import html.parser
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
KATALOG = os.environ.get("KATALOG", os.path.join(REPO, ".build", "release", "katalog"))

# (page, path, LCP budget in seconds or None)
PAGES = [
    ("product page", "products/batik-cap-gorga-katun/", 3.5),
    ("products list", "products/", 4.0),
    ("home", "", None),
    ("cluster", "clusters/klaster-batik-sumut/", None),
]
FILE_BUDGET = 200 * 1000
COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzipped (level 6) when the browser asks for it, as a web host does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        if not path.endswith(COMPRESSED) or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        try:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=6, mtime=0)
        except OSError:
            self.send_error(404)
            return None
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


class Chromium:
    """Headless Chromium over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-separated JSON)."""

    def __init__(self, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--remote-debugging-pipe", "--no-first-run",
             "--disable-gpu", "--user-data-dir=" + profile, "about:blank"],
            close_fds=False, preexec_fn=fds, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        wanted = self.next_id
        while True:
            reply = self.read()
            if reply.get("id") == wanted:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def poll(self, seconds):
        """Reads events for `seconds`."""
        import select
        end = time.time() + seconds
        while time.time() < end:
            if b"\0" in self.buffer:
                self.events.append(self.read())
                continue
            ready, _, _ = select.select([self.from_child], [], [], max(0, end - time.time()))
            if ready:
                chunk = os.read(self.from_child, 1 << 16)
                if not chunk:
                    return
                self.buffer += chunk

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        self.process.wait(timeout=10)


OBSERVER = """
window.__lcp = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.__lcp = Math.max(window.__lcp, e.startTime);
}).observe({type: 'largest-contentful-paint', buffered: true});
"""


def measure(browser, url):
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    s = lambda m, p=None: browser.send(m, p, session)
    s("Network.enable")
    s("Page.enable")
    s("Network.setCacheDisabled", {"cacheDisabled": True})
    s("Network.emulateNetworkConditions", {"offline": False, "latency": 400, "downloadThroughput": 50000,
                                           "uploadThroughput": 50000})
    s("Emulation.setCPUThrottlingRate", {"rate": 4})
    s("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    s("Page.addScriptToEvaluateOnNewDocument", {"source": OBSERVER})
    browser.events.clear()
    s("Page.navigate", {"url": url})
    started = None
    last_end = 0.0
    requests = {}
    done = set()
    quiet_since = time.time()
    deadline = time.time() + 90
    while time.time() < deadline:
        browser.poll(0.2)
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                requests[params["requestId"]] = {"url": params["request"]["url"], "bytes": 0}
                if started is None:
                    started = params["timestamp"]
                quiet_since = time.time()
            elif method == "Network.loadingFinished":
                request = requests.get(params["requestId"])
                if request is not None:
                    request["bytes"] = params.get("encodedDataLength", 0)
                done.add(params["requestId"])
                last_end = max(last_end, params["timestamp"])
                quiet_since = time.time()
            elif method == "Network.loadingFailed":
                done.add(params["requestId"])
                quiet_since = time.time()
        browser.events.clear()
        if requests and set(requests) <= done and time.time() - quiet_since > 3:
            break
    lcp = s("Runtime.evaluate", {"expression": "window.__lcp", "returnByValue": True})["result"].get("value", 0)
    browser.send("Target.closeTarget", {"targetId": target})
    fetched = sum(r["bytes"] for r in requests.values())
    images = [r for r in requests.values() if r["url"].endswith((".webp", ".jpg", ".png"))]
    return {"lcp": lcp / 1000, "quiet": (last_end - started) if started else 0, "requests": len(requests),
            "bytes": fetched, "images": len(images), "image_bytes": sum(r["bytes"] for r in images)}


class References(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.urls.append(value)
            if name == "srcset" and value:
                self.urls += [part.strip().split(" ")[0] for part in value.split(",")]


def largest_references(out):
    """Every local file a page links to or embeds, with its size: the largest few."""
    sizes = {}
    for folder, _, names in os.walk(out):
        for name in names:
            if not name.endswith(".html"):
                continue
            page = os.path.join(folder, name)
            parser = References()
            parser.feed(open(page, encoding="utf-8").read())
            for url in parser.urls:
                if "://" in url or url.startswith(("mailto:", "tel:", "#")):
                    continue
                path = os.path.normpath(os.path.join(folder, urllib.parse.unquote(url.split("#")[0].split("?")[0])))
                if os.path.isdir(path):
                    path = os.path.join(path, "index.html")
                if os.path.isfile(path):
                    sizes[os.path.relpath(path, out)] = os.path.getsize(path)
    return sorted(sizes.items(), key=lambda item: -item[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(HERE, "LCP.md"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="katalog-lcp-")
    out = os.path.join(work, "public")
    subprocess.run([KATALOG, "build", "--content", os.path.join(REPO, "content"), "--output", out], check=True,
                   stdout=subprocess.DEVNULL)
    handler = lambda *a, **k: GzipHandler(*a, directory=out, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    browser = Chromium(os.path.join(work, "profile"))
    rows = []
    failed = False
    try:
        for name, path, budget in PAGES:
            runs = sorted((measure(browser, base + path) for _ in range(args.runs)), key=lambda r: r["lcp"])
            median = runs[len(runs) // 2]
            verdict = "" if budget is None else (" ✓" if median["lcp"] < budget else " ✗")
            failed |= budget is not None and median["lcp"] >= budget
            rows.append(
                f"| {name} (`{path or '/'}`) | **{median['lcp']:.2f} s**{verdict}"
                f" ({runs[0]['lcp']:.2f}–{runs[-1]['lcp']:.2f}) | {'under %.1f s' % budget if budget else '—'}"
                f" | {median['quiet']:.1f} s | {median['requests']} / {median['bytes'] / 1000:.0f} kB"
                f" | {median['images']} / {median['image_bytes'] / 1000:.0f} kB |")
            print(rows[-1], file=sys.stderr)
    finally:
        browser.close()
        server.shutdown()
    largest = largest_references(out)
    over = [(path, size) for path, size in largest if size > FILE_BUDGET]
    version = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    report = [
        "# The sample catalogue on a slow phone",
        "",
        "Written by `make lcp` (`Benchmarks/lcp.py`); do not edit by hand.",
        "",
        f"Set-up: `content/` built by katalog, served from 127.0.0.1 by a Python HTTP server that gzips"
        f" text (level 6); {version}, headless, one fresh tab per load, cache off; network 400 ms round"
        f" trip, 400 kbit/s down and up; CPU slowed 4×; screen 390 × 844 CSS px at 2× density, mobile."
        f" LCP: the `largest-contentful-paint` entries' latest start; quiet: from the first request to the"
        f" end of the last response. Median of {args.runs} loads (min–max).",
        "",
        "| page | largest contentful paint | budget | network quiet | requests / bytes | photos / bytes |",
        "|---|---:|---|---:|---:|---:|",
        *rows,
        "",
        f"Largest file any page of the sample references: `{largest[0][0]}`, {largest[0][1]:,} bytes"
        f" (budget {FILE_BUDGET:,}); files over budget: {len(over)}.",
        "",
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(report))
    print("\n".join(report))
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed or over else 0)


if __name__ == "__main__":
    main()
