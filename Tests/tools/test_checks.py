#!/usr/bin/env python3
"""Shows that the checks of `make validate` can fail: breaks a copy of the site built with a base URL
in known ways and requires check_pages.py and axe_pages.py to report each break, on its page.

    test_checks.py SITE --base-url URL --axe axe.min.js

Prints `N passed, N failed` and exits 1 when a break went unreported.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCT = "products/batik-tulis-gorga-sutra-merah-hitam/index.html"
SOLD_OUT = "products/selendang-sutra-awan-larat/index.html"

# (page, text in the page, replacement, what the report must say about that page)
PAGE_BREAKS = [
    (PRODUCT, '<meta property="og:title" content="Batik Tulis Gorga Sutra Merah Hitam">',
     '<meta property="og:title" content="Batik Tulis Gorga">', "og:title is 'Batik Tulis Gorga'"),
    (PRODUCT, '"price":1850000', '"price":1580000', "Offer price is 1580000, the page shows 1850000"),
    (PRODUCT, '"telephone":"+62618452197"', '"telephone":"0618452197"', "not in E.164"),
    (PRODUCT, '<meta property="og:image:width" content="720">', '<meta property="og:image:width" content="800">',
     "og:image:width/height say 800 x 540"),
    (PRODUCT, "kain-1-720.jpg\">", "kain-1-240.jpg\">", "240 px wide"),
    (SOLD_OUT, "OutOfStock", "InStock", "Offer availability is 'https://schema.org/InStock'"),
    ("products/index.html", '<meta property="og:url" content="https://katalog.example/batik/products/">',
     '<meta property="og:url" content="https://katalog.example/batik/products/index.html">', "og:url is"),
    ("products/index.html", '{"@type":"ListItem","position":2,"url":"https://katalog.example/batik/products/batik-cap-burung-enggang/"},',
     "", "ItemList urls differ from entry 2"),
    ("clusters/batik-kaltim/index.html", '"name":"Klaster","item"', '"name":"Kluster","item"', "BreadcrumbList names"),
    ("index.html", '"item":"https://katalog.example/batik/"}', '"item":"https://katalog.example/batik/</script>"}',
     "not valid JSON"),
    ("motifs/gorga/index.html", '"item":"https://katalog.example/batik/motifs/"', '"item":"http://elsewhere.example/motifs/"',
     "not an absolute address under the base URL"),
]  # fmt: skip

AXE_BREAKS = [
    (PRODUCT, ' alt="Foto Batik Tulis Gorga Sutra Merah Hitam, 1 dari 2"', "", "axe image-alt (critical)"),
    ("404.html", "<h1>", '<h1 style="color:#ddd">', "axe color-contrast (serious)"),
]


def edit(site, page, old, new):
    path = os.path.join(site, page)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        sys.exit(f"test_checks.py: {page} no longer has {old!r}: update the break")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--axe", required=True)
    arguments = parser.parse_args()
    passed = failed = 0
    scratch = tempfile.mkdtemp(prefix="katalog-breaks-")
    try:
        broken = os.path.join(scratch, "site")
        shutil.copytree(arguments.site, broken)
        for page, old, new, _ in PAGE_BREAKS + AXE_BREAKS:
            edit(broken, page, old, new)
        pages = subprocess.run(
            [sys.executable, os.path.join(HERE, "check_pages.py"), broken, "--base-url", arguments.base_url],
            capture_output=True, text=True,
        ).stdout.splitlines()  # fmt: skip
        axe = subprocess.run(
            [sys.executable, os.path.join(HERE, "axe_pages.py"), broken, "--base-url", arguments.base_url,
             "--axe", arguments.axe, "products/batik-tulis-gorga-sutra-merah-hitam/", "no-such-page/"],
            capture_output=True, text=True,
        ).stdout.splitlines()  # fmt: skip
        for breaks, report, label in ((PAGE_BREAKS, pages, None), (AXE_BREAKS, axe, "axe")):
            for page, old, new, wanted in breaks:
                where = page
                if label == "axe":
                    where = "no-such-page/" if page == "404.html" else page[: -len("index.html")]
                if any(line.startswith(where + ":") and wanted in line for line in report):
                    passed += 1
                else:
                    failed += 1
                    print(f"not reported: {page}: {old!r} → {new!r} should give {wanted!r}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"checks catch breaks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
