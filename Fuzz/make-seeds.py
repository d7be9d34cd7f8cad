#!/usr/bin/env python3
"""Writes the fuzzers' seed inputs into Fuzz/seeds/<target>/ from the sample catalogue in
content/: whole files for the front-matter and file targets, the phone numbers, prices and names
written in them for the others, and a few hand-picked edge cases. Run by `make fuzz-seeds`; the
result is committed, so the seeds are the same on every machine."""
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content")
SEEDS = os.path.join(ROOT, "Fuzz", "seeds")
# The image target starts from the image tests' small fixtures: every format and oddity.
IMAGES = os.path.join(ROOT, "Tests", "KatalogImagesTests", "Fixtures")
IMAGE_SEEDS = ["grey.jpg", "cmyk.jpg", "exif-gps-rotated.jpg", "transparent.png", "sixteen-bit.png", "animated.webp",
               "iphone.heic", "truncated.jpg", "bomb.png", "photo.gif"]

EXTRA = {
    "fuzz-phone": ["+62 812-3456-7890", "(061) 786 5521", "0812.3456.7890", "62-21-555-0199", "0", "+", "", "0812 34"],
    "fuzz-price": ["Rp 1.250.000", "450000", "450.000", "Rp450.000,00", "1,5", "-5", "", "Rp"],
    "fuzz-slug": ["Batik Tulis Gorga", "Kain  --  Ulos", "Sarung Bugis Ç é ñ", "!!!", "", "gorga"],
    "fuzz-front-matter": ["---\n---\n", "---\nname: [a, {b: c}]\n---\n", "---\na: &x 1\nb: *x\n---\n"],
    "fuzz-load": ["---\nname: X\nproducer: y\n---\n> > > a\n\n- [l](javascript:x)\n"],
}


def main():
    seeds = {target: set(values) for target, values in EXTRA.items()}
    for folder, _, names in os.walk(CONTENT):
        for name in sorted(names):
            if name.endswith(".md") or name == "site.yml":
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
                seeds["fuzz-load"].add(text)
                seeds["fuzz-front-matter"].add(text)
                for key, value in re.findall(r"^(phone|whatsapp|price|name):\s*(.+)$", text, re.M):
                    value = value.strip().strip("\"'")
                    target = {"phone": "fuzz-phone", "whatsapp": "fuzz-phone", "price": "fuzz-price"}.get(key, "fuzz-slug")
                    seeds[target].add(value)
    seeds["fuzz-image"] = set()
    for name in IMAGE_SEEDS:
        with open(os.path.join(IMAGES, name), "rb") as f:
            seeds["fuzz-image"].add(f.read())
    for target, values in sorted(seeds.items()):
        out = os.path.join(SEEDS, target)
        os.makedirs(out, exist_ok=True)
        for old in os.listdir(out):
            os.remove(os.path.join(out, old))
        for value in sorted(values, key=lambda v: v if isinstance(v, bytes) else v.encode("utf-8")):
            data = value if isinstance(value, bytes) else value.encode("utf-8")
            with open(os.path.join(out, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
                f.write(data)
        print(f"{target}: {len(values)} seeds", file=sys.stderr)


if __name__ == "__main__":
    main()
