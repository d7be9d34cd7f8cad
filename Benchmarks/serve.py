#!/usr/bin/env python3
"""katalog serve's latency after a one-file edit, measured as ../shared/bench/hugo_server_incr.py
measures Hugo's: from the write of one product sheet to the reload event that names its page.

    python3 Benchmarks/serve.py --katalog BIN --corpus DIR [--edits 10] [--port 0] [--out DIR]

Starts `katalog serve` on the corpus (its photo cache beside --out, default a temporary folder),
waits for its first build, opens the event stream of the home page, then EDITS times: appends a
sentence to one product's body (the same products, in the same order, as hugo_server_incr.py:
products[(i * 7919) % n]), takes the time when the file is closed, waits for the reload event
that names the product's page, fetches the page and checks it has the sentence; then restores the
file and waits for that event too. Then one price edit (every list that shows the product changes)
and one template edit (every page), each timed the same way. Prints the medians and the server's
peak RSS (VmHWM). Standard library only; the corpus is left as it was.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def status(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


class Events:
    """The server's event stream, read on a thread; each reload event with the time it arrived."""

    def __init__(self, port):
        # http.client undoes the chunked transfer encoding the stream is sent with.
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.conn.request("GET", "/_katalog/events", headers={"Accept": "text/event-stream"})
        self.response = self.conn.getresponse()
        self.events, self.cond = [], threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        buf = b""
        while True:
            data = self.response.read1(65536)
            if not data:
                return
            now = time.monotonic()
            buf += data
            while b"\n\n" in buf:
                block, buf = buf.split(b"\n\n", 1)
                m = re.search(rb"^data: (.*)$", block, re.M)
                if b"event: reload" in block and m:
                    with self.cond:
                        self.events.append((now, json.loads(m.group(1))))
                        self.cond.notify_all()

    def wait(self, page, after, timeout=120):
        """The first event after `after` that reloads `page` (or every page)."""
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                for t, e in self.events:
                    if t >= after and (e.get("all") or page in e.get("pages", [])):
                        self.events = [x for x in self.events if x[0] > t]
                        return t, e
                left = end - time.monotonic()
                if left <= 0:
                    raise TimeoutError(page)
                self.cond.wait(left)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--katalog", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--out", default=None, help="the --output whose image cache is used")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="katalog-serve-")
    out = a.out or os.path.join(work, "public")
    templates = os.path.join(work, "templates")
    os.makedirs(templates)
    t0 = time.monotonic()
    p = subprocess.Popen([a.katalog, "serve", "--content", a.corpus, "--templates", templates, "--port", str(a.port),
                          "--output", out], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = []
    threading.Thread(target=lambda: [log.append(l.rstrip()) for l in p.stderr], daemon=True).start()
    products = sorted(os.listdir(os.path.join(a.corpus, "products")))
    products = [x for x in products if x.endswith(".md")]
    edits, restores, fetched = [], [], []
    try:
        line = p.stdout.readline()
        m = re.search(r"127\.0\.0\.1:(\d+)", line)
        if not m:
            raise SystemExit("katalog serve did not start: %s %s" % (line, "\n".join(log[-5:])))
        port = int(m.group(1))
        ready = time.monotonic() - t0
        events = Events(port)
        time.sleep(1)

        def timed(path, data, page):
            with open(path, "wb") as f:
                f.write(data)
            tw = time.monotonic()
            t, _ = events.wait(page, tw)
            return (t - tw) * 1000

        for i in range(a.edits):
            name = products[(i * 7919) % len(products)]
            path = os.path.join(a.corpus, "products", name)
            page = "/products/%s/" % name[:-3]
            with open(path, "rb") as f:
                orig = f.read()
            mark = "Catatan pembaruan %d." % i
            try:
                edits.append(timed(path, orig + ("\n%s\n" % mark).encode(), page))
                tf = time.monotonic()
                body = urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, page)).read().decode()
                fetched.append((time.monotonic() - tf) * 1000)
                if mark not in body:
                    print("note: %s does not show the edit" % page)
            finally:
                restores.append(timed(path, orig, page))
            time.sleep(0.3)

        # A price edit: the product's lists change too.
        name = products[len(products) // 2]
        path = os.path.join(a.corpus, "products", name)
        page = "/products/%s/" % name[:-3]
        with open(path, "rb") as f:
            orig = f.read()
        text = orig.decode()
        if re.search(r"^price: *\d+", text, re.M):
            changed = re.sub(r"^price: *(\d+)", lambda m: "price: %d" % (int(m.group(1)) + 1000), text, count=1,
                             flags=re.M)
        else:
            changed = re.sub(r"^(name: .*)$", r"\1\nprice: 123000", text, count=1, flags=re.M)
        try:
            price = timed(path, changed.encode(), page)
        finally:
            price_back = timed(path, orig, page)
        # A template edit: every page.
        with open(os.path.join(templates, "index.mustache"), "w") as f:
            f.write("{{<layout}}{{$main}}<h1>{{site.title}}</h1>{{/main}}{{/layout}}\n")
        template = timed(os.path.join(templates, "index.mustache"),
                         b"{{<layout}}{{$main}}<h1>{{site.title}}!</h1>{{/main}}{{/layout}}\n", "/")
        hwm, rss = status(p.pid, "VmHWM"), status(p.pid, "VmRSS")
    except BaseException:
        print("\n".join("  server: " + line for line in log[-12:]), file=sys.stderr)
        raise
    finally:
        p.send_signal(2)
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        shutil.rmtree(work, ignore_errors=True)

    def mmm(v):
        return "min %.0f  median %.0f  max %.0f" % (min(v), statistics.median(v), max(v))

    print("katalog serve: ready (first build, listening) after %.1f s" % ready)
    print("one-file body edit, write -> reload event (ms, %d edits): %s" % (len(edits), mmm(edits)))
    print("one-file restore, write -> reload event (ms):          %s" % mmm(restores))
    print("page fetched after the event (ms):                     %s" % mmm(fetched))
    print("price edit (lists change too), write -> event (ms):    %.0f, back %.0f" % (price, price_back))
    print("template edit (every page), write -> event (ms):       %.0f" % template)
    print("server peak RSS %.0f MiB, RSS at end %.0f MiB" % (hwm, rss))
    for line in log[-6:]:
        print("  server: " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
