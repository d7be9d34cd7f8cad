#!/usr/bin/env python3
"""Runs axe-core over pages of a site built with a base URL, in headless Chromium on a 390x844 phone.

    axe_pages.py SITE --base-url https://katalog.example/batik/ --axe axe.min.js [--all] [PAGE...]

Pages are opened at their real addresses (base URL + path): Chromium's requests are answered from
SITE through the DevTools protocol (Fetch domain), so nothing goes to the network, the absolute links
of 404.html load the style sheet as on a host, and an address with no file gets 404.html with status
404. PAGE is a path under the base URL (`products/`, `search/?q=gorga`); without any, a representative
set (below); with --all, every HTML page of SITE as well.

Prints every violation, `path: axe <rule> (<impact>): …`; serious and critical ones are failures
(exit 1), moderate and minor ones are printed as notes. Needs only Python's standard library and
Debian's `chromium`; axe.min.js comes from PyPI's axe-playwright-python (`make validate`).
"""

import argparse
import base64
import json
import mimetypes
import os
import shutil
import subprocess
import sys
import tempfile
import time

# The pages the issue names (home, products, a product with photos, one without, a producer, a
# cluster, the producer directory, search, a motif, the 404 page) and a few more kinds.
REPRESENTATIVE = [
    "",
    "products/",
    "products/page/2/",
    "products/batik-tulis-gorga-sutra-merah-hitam/",
    "products/batik-cap-biji-kopi/",
    "products/selendang-sutra-awan-larat/",
    "producers/rumah-batik-sinar-toba/",
    "clusters/klaster-batik-sumut/",
    "clusters/",
    "producers/",
    "motifs/",
    "motifs/gorga/",
    "techniques/tulis/",
    "search/",
    "search/?q=batik",
    "submit/",
    "tentang/",
    "no-such-page/",
]
FAILING = {"serious", "critical"}
VIEWPORT = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}


class Browser:
    """Debian's chromium, headless, over --remote-debugging-pipe: commands in on fd 3, answers and
    events out on fd 4, each a JSON object ended by a NUL byte."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="katalog-axe-")
        to_browser = os.pipe()
        from_browser = os.pipe()

        def child_fds():
            os.dup2(to_browser[0], 3)
            os.dup2(from_browser[1], 4)

        self.log = open(os.path.join(self.profile, "chromium.log"), "wb")
        self.process = subprocess.Popen(
            [
                executable, "--headless", "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--no-sandbox",
                "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
                "--window-size=390,844", "about:blank",
            ],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            preexec_fn=child_fds, pass_fds=(3, 4),
        )  # fmt: skip
        os.close(to_browser[0])
        os.close(from_browser[1])
        self.commands = to_browser[1]
        self.answers = from_browser[0]
        self.buffer = b""
        self.last_id = 0
        self.session = None
        self.on_event = lambda message: None
        self.events = []

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:  # noqa: BLE001 - it is killed below if it does not stop
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.commands)
        os.close(self.answers)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, method, params=None, session=True):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self.commands, data) :]
        return self.last_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.answers, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe (see its log)")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=True, timeout=60):
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.on_event(message)

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    del self.events[: index + 1]
                    return event
            self.events.clear()
            message = self.receive(deadline)
            if "method" in message:
                self.on_event(message)

    def evaluate(self, expression, timeout=60):
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")


class Server:
    """Answers the tab's requests from the output folder, as a static host would."""

    def __init__(self, browser, root, base):
        self.browser = browser
        self.root = root
        self.base = base
        self.blocked = []

    def handle(self, message):
        if message["method"] == "Fetch.requestPaused":
            self.answer(message["params"])
        else:
            self.browser.events.append(message)

    def answer(self, request):
        url = request["request"]["url"].split("#")[0]
        if not url.startswith(self.base):
            self.blocked.append(url)
            self.browser.send("Fetch.failRequest", {"requestId": request["requestId"], "errorReason": "BlockedByClient"})
            return
        path = url[len(self.base) :].split("?")[0]
        if path == "" or path.endswith("/"):
            path += "index.html"
        file = os.path.join(self.root, path)
        status = 200
        if not os.path.isfile(file) or ".." in path.split("/"):
            file, status = os.path.join(self.root, "404.html"), 404
        with open(file, "rb") as f:
            body = f.read()
        kind = mimetypes.guess_type(file)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "text/javascript"):
            kind += "; charset=utf-8"
        self.browser.send(
            "Fetch.fulfillRequest",
            {
                "requestId": request["requestId"],
                "responseCode": status,
                "responseHeaders": [{"name": "Content-Type", "value": kind}],
                "body": base64.b64encode(body).decode(),
            },
        )


def chromium():
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("axe_pages.py: no chromium on PATH (make browser-deps installs Debian's)")


def every_page(root):
    pages = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(".html"):
                path = os.path.relpath(os.path.join(folder, name), root)
                pages.append(path[: -len("index.html")] if path == "index.html" or path.endswith("/index.html") else path)
    return sorted(pages)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--axe", required=True, help="axe.min.js")
    parser.add_argument("--all", action="store_true", help="every HTML page, besides the representative set")
    parser.add_argument("pages", nargs="*")
    arguments = parser.parse_intermixed_args()
    base = arguments.base_url if arguments.base_url.endswith("/") else arguments.base_url + "/"
    pages = arguments.pages or list(REPRESENTATIVE)
    if arguments.all:
        pages += [page for page in every_page(arguments.site) if page not in pages]
    with open(arguments.axe, encoding="utf-8") as f:
        axe_source = f.read()

    browser = Browser(chromium())
    failures = notes = 0
    version = "?"
    try:
        server = Server(browser, arguments.site, base)
        browser.on_event = server.handle
        target = browser.call("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = browser.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)
        browser.session = attached["sessionId"]
        browser.call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})
        browser.call("Page.enable")
        browser.call("Emulation.setDeviceMetricsOverride", VIEWPORT)
        for page in pages:
            browser.events.clear()
            browser.call("Page.navigate", {"url": base + page})
            browser.wait_for("Page.loadEventFired")
            if "?q=" in page:
                # Search shows its results after loading its index: wait for them (or its message).
                for _ in range(100):
                    if browser.evaluate("document.getElementById('search-status').textContent.length > 0"):
                        break
                    time.sleep(0.05)
            browser.evaluate(axe_source)
            result = json.loads(
                browser.evaluate(
                    "axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify({version: axe.version,"
                    " violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    " nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))}))}))"
                )
            )
            version = result["version"]
            label = page or "(home)"
            for violation in result["violations"]:
                failing = violation["impact"] in FAILING
                failures += failing
                notes += not failing
                for node in violation["nodes"]:
                    summary = " ".join((node["summary"] or "").split())
                    print(
                        f"{label}: axe {violation['id']} ({violation['impact']}{'' if failing else ', not a failure'}):"
                        f" {violation['help']}: {node['target']} {node['html'][:160]} — {summary[:300]}"
                    )
        for url in sorted(set(server.blocked)):
            print(f"note: a page asked for {url}, outside the site; not loaded")
    finally:
        browser.close()
    print(
        f"axe-core {version} at 390x844: {len(pages)} pages, {failures} serious or critical violations,"
        f" {notes} moderate or minor"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
