#!/usr/bin/env python3
"""Reads every page of a site built with a base URL back through extruct and checks that its link
preview (Open Graph) and structured data (JSON-LD) say what the page itself shows.

    check_pages.py SITE --base-url https://katalog.example/batik/ [--links dirs|files]

Prints one line per problem, `path: problem`, then a count, and exits 1 when there is a problem.
What is checked is listed in docs/reliability.md ("Link previews and structured data"). Needs
extruct, lxml and Pillow (`make validate` installs them into .build-tools/checks).
"""

import argparse
import json
import os
import re
import sys
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import extruct
import lxml.html
from PIL import Image

SCHEMA = "https://schema.org/"
MAX_PREVIEW_BYTES = 300_000  # WhatsApp's limit for a preview picture
MIN_PREVIEW_WIDTH = 300
LOCALES = {"id": "id_ID", "en": "en_US"}
E164_ID = re.compile(r"^\+62[1-9][0-9]{6,12}$")
URL_KEYS = {"url", "item", "@id", "image", "target", "sameAs", "logo"}
PHOTO_VARIANT = re.compile(r"-[0-9]+\.(jpe?g|webp|png)$")


def text(element):
    """The element's text as a reader sees it: whitespace collapsed."""
    return " ".join(element.text_content().split()) if element is not None else None


def first(elements):
    return elements[0] if elements else None


def parse_price(shown):
    """'Rp1.850.000' (or 'Rp1,850,000' in English) is 1850000; anything else has no price."""
    if shown and re.fullmatch(r"Rp ?[0-9][0-9.,]*", shown):
        return int(re.sub(r"[^0-9]", "", shown))
    return None


def photo_stem(url):
    """The photo a variant URL is of: `…/kain-1-720.jpg` and `…/kain-1-480.jpg` are both `…/kain-1`."""
    return PHOTO_VARIANT.sub("", url) if url else None


class Site:
    def __init__(self, root, base, links):
        self.root = root
        self.base = base
        self.links = links

    def pages(self):
        found = []
        for folder, dirs, files in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [os.path.relpath(os.path.join(folder, f), self.root) for f in files if f.endswith(".html")]
        return sorted(found)

    def url_of(self, path):
        """The page's own absolute address in the link style."""
        if self.links == "dirs" and (path == "index.html" or path.endswith("/index.html")):
            path = path[: -len("index.html")]
        return self.base + path

    def file_of(self, url):
        """The output file an address under the base URL is served from, or None."""
        url = url.split("#")[0].split("?")[0]
        if not url.startswith(self.base):
            return None
        path = url[len(self.base) :]
        if path == "" or path.endswith("/"):
            path += "index.html"
        return os.path.join(self.root, path)


class PageCheck:
    def __init__(self, site, path, problems):
        self.site = site
        self.path = path
        self.url = site.url_of(path)
        self.problems = problems
        with open(os.path.join(site.root, path), encoding="utf-8") as f:
            self.html = f.read()
        self.tree = lxml.html.fromstring(self.html)
        self.main = first(self.tree.xpath("//main"))

    def problem(self, message):
        self.problems.append(f"{self.path}: {message}")

    def expect(self, what, got, want):
        if got == want:
            return
        if isinstance(got, list) and isinstance(want, list) and len(got) + len(want) > 8:
            at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            self.problem(
                f"{what} differ from entry {at + 1} on ({len(got)} against {len(want)} shown):"
                f" {got[at:at + 2]!r}, the page shows {want[at:at + 2]!r}"
            )
            return
        self.problem(f"{what} is {got!r}, the page shows {want!r}")

    def absolute(self, href):
        return urljoin(self.url, href) if href is not None else None

    # What the page shows

    def h1(self):
        return text(first(self.tree.xpath("//h1")))

    def is_product(self):
        return re.fullmatch(r"products/(?!page/)[^/]+/index\.html", self.path) is not None

    def is_producer(self):
        return re.fullmatch(r"producers/(?!page/)[^/]+/index\.html", self.path) is not None

    def entry_links(self):
        """The addresses of the entries of the page's list, in order, or None when it shows no list
        (the home page's featured products and the search page's results are not lists)."""
        if self.main is None or self.path in ("index.html", "search/index.html"):
            return None
        grid = self.main.xpath(".//ul[contains(concat(' ', @class, ' '), ' grid ')]")
        if grid:
            return [self.absolute(a.get("href")) for a in grid[0].xpath("./li/a[contains(@class, 'card-link')]")]
        tiles = self.main.xpath(".//ul[contains(concat(' ', @class, ' '), ' tiles ')]")
        if tiles:
            return [self.absolute(first(li.xpath(".//a")).get("href")) for li in tiles[0].xpath("./li")]
        table = self.main.xpath(".//table[contains(concat(' ', @class, ' '), ' directory ')]")
        if table:
            return [self.absolute(first(tr.xpath(".//a")).get("href")) for tr in table[0].xpath("./tbody/tr")]
        return None

    def first_photo(self):
        """The first product photo the page shows (the preview should be of it)."""
        if self.main is None:
            return None
        for img in self.main.xpath(
            ".//div[contains(@class, 'photos')]//img | .//li[contains(@class, 'card')]//img"
            " | .//li[contains(@class, 'tile')]//img"
        ):
            return photo_stem(self.absolute(img.get("src")))
        return None

    def contact_phone(self):
        """The number the page's first contact list calls, or else chats with, in E.164."""
        actions = first(self.tree.xpath("//ul[contains(@class, 'actions')]"))
        if actions is None:
            return None
        for a in actions.xpath(".//a[starts-with(@href, 'tel:')]"):
            return a.get("href")[len("tel:") :]
        for a in actions.xpath(".//a[starts-with(@href, 'https://wa.me/')]"):
            return "+" + urlsplit(a.get("href")).path.strip("/")
        return None

    def contact_link(self, prefix):
        actions = first(self.tree.xpath("//ul[contains(@class, 'actions')]"))
        for a in actions.xpath(".//a") if actions is not None else []:
            if a.get("href", "").startswith(prefix):
                return a.get("href")
        return None

    # The checks

    def run(self):
        try:
            data = extruct.extract(self.html, base_url=self.url, syntaxes=["opengraph", "json-ld"], uniform=False)
        except ValueError as error:  # JSON-LD that is not JSON (extruct raises on it)
            self.problem(f"extruct cannot read the JSON-LD: {error}")
            data = extruct.extract(self.html, base_url=self.url, syntaxes=["opengraph"], uniform=False)
            data["json-ld"] = []
        og = self.open_graph(data["opengraph"])
        canonical = [link.get("href") for link in self.tree.xpath("//link[@rel='canonical']")]
        scripts = self.tree.xpath("//script[@type='application/ld+json']")
        if self.path == "404.html":
            # Served at any address: nothing that names one.
            for key in ("og:url", "og:type", "og:image"):
                if key in og:
                    self.problem(f"404 page has {key}")
            if canonical:
                self.problem("404 page has a canonical link")
            if scripts:
                self.problem("404 page has JSON-LD")
            self.check_title(og.get("og:title"))
            return
        self.check_open_graph(og, canonical)
        if len(scripts) != 1 or len(data["json-ld"]) != 1:
            self.problem(f"{len(scripts)} JSON-LD scripts ({len(data['json-ld'])} read by extruct), want exactly 1")
        if not scripts:
            return
        raw = scripts[0].text or ""
        for character, name in (("<", "<"), (">", ">"), ("&", "&"), ("\u2028", "U+2028"), ("\u2029", "U+2029")):
            if character in raw:
                self.problem(f"JSON-LD has a literal {name} (should be a \\u escape)")
        try:
            document = json.loads(raw)
        except ValueError as error:
            self.problem(f"JSON-LD is not valid JSON: {error}")
            return
        if data["json-ld"] and data["json-ld"][0] != document:
            self.problem("extruct reads the JSON-LD differently from json.loads")
        self.check_json_ld(document, og)

    def open_graph(self, blocks):
        og = {}
        for block in blocks:
            for key, value in block["properties"]:
                if key in og:
                    self.problem(f"{key} appears more than once")
                og[key] = value
        return og

    def check_open_graph(self, og, canonical):
        if canonical != [self.url]:
            self.problem(f"canonical links {canonical}, want [{self.url!r}]")
        self.expect("og:url", og.get("og:url"), self.url)
        self.check_title(og.get("og:title"))
        self.expect("og:type", og.get("og:type"), "product" if self.is_product() else "website")
        self.expect("og:site_name", og.get("og:site_name"), text(first(self.tree.xpath("//a[@class='brand']"))))
        description = first(self.tree.xpath("//meta[@name='description']/@content"))
        self.expect("og:description", og.get("og:description"), description)
        self.expect("og:locale", og.get("og:locale"), LOCALES.get(self.tree.get("lang")))
        card = self.tree.xpath("//meta[@name='twitter:card']/@content")
        self.expect("twitter:card", card, ["summary_large_image" if "og:image" in og else "summary"])

        image = og.get("og:image")
        want = self.first_photo()
        if want and photo_stem(image) != want:
            self.problem(f"og:image is {image!r}, the page's first photo is {want!r}")
        if image:
            self.check_preview_picture(og, image)
        elif any(key.startswith("og:image:") for key in og):
            self.problem("og:image:… without og:image")

        if self.is_product():
            price = parse_price(text(first(self.tree.xpath("//p[contains(@class, 'price') and contains(@class, 'big')]"))))
            amount = og.get("product:price:amount")
            self.expect("product:price:amount", int(amount) if amount and amount.isdigit() else amount, price)
            self.expect("product:price:currency", og.get("product:price:currency"), "IDR" if price is not None else None)
            if price is not None and not (og.get("og:description") or "").startswith(
                text(first(self.tree.xpath("//p[contains(@class, 'price') and contains(@class, 'big')]")))
            ):
                self.problem("og:description does not begin with the price shown")

    def check_title(self, title):
        """og:title is the page's heading, or its <title> without the site's name."""
        site = text(first(self.tree.xpath("//a[@class='brand']")))
        shown = text(first(self.tree.xpath("//head/title")))
        if shown and site and shown.endswith(" – " + site):
            shown = shown[: -len(" – " + site)]
        if title not in (self.h1(), shown):
            self.problem(f"og:title is {title!r}, the page's heading is {self.h1()!r} and its title {shown!r}")

    def check_preview_picture(self, og, image):
        file = self.site.file_of(image)
        if file is None:
            self.problem(f"og:image {image!r} is not an absolute address under the base URL")
            return
        if not os.path.isfile(file):
            self.problem(f"og:image {image!r}: no such file in the output")
            return
        size = os.path.getsize(file)
        if size >= MAX_PREVIEW_BYTES:
            self.problem(f"og:image {image!r} is {size} bytes, WhatsApp wants under {MAX_PREVIEW_BYTES}")
        try:
            with Image.open(file) as picture:
                kind, (width, height) = picture.format, picture.size
        except Exception as error:  # noqa: BLE001 - any unreadable picture is the problem to report
            self.problem(f"og:image {image!r} cannot be read: {error}")
            return
        if kind != "JPEG":
            self.problem(f"og:image {image!r} is {kind}, not JPEG")
        if width < MIN_PREVIEW_WIDTH:
            self.problem(f"og:image {image!r} is {width} px wide, WhatsApp wants at least {MIN_PREVIEW_WIDTH}")
        if (og.get("og:image:width"), og.get("og:image:height")) != (str(width), str(height)):
            self.problem(
                f"og:image:width/height say {og.get('og:image:width')} x {og.get('og:image:height')},"
                f" {image!r} is {width} x {height}"
            )
        self.expect("og:image:type", og.get("og:image:type"), "image/jpeg")
        if not og.get("og:image:alt"):
            self.problem("og:image has no og:image:alt")

    def check_json_ld(self, document, og):
        if document.get("@context") != "https://schema.org" or not isinstance(document.get("@graph"), list):
            self.problem("JSON-LD is not one schema.org @graph")
            return
        graph = document["@graph"]
        nodes = {}
        for node in graph:
            nodes.setdefault(node.get("@type"), []).append(node)
        self.check_urls(document, "")

        crumbs = nodes.get("BreadcrumbList", [])
        if len(crumbs) != 1:
            self.problem(f"{len(crumbs)} BreadcrumbList nodes, want 1")
        else:
            self.check_breadcrumbs(crumbs[0])

        products = nodes.get("Product", [])
        if self.is_product():
            if len(products) != 1:
                self.problem(f"{len(products)} Product nodes, want 1")
            else:
                self.check_product(products[0], og)
        elif products:
            self.problem("Product node on a page that is not a product's")

        businesses = nodes.get("LocalBusiness", [])
        if self.is_producer():
            if len(businesses) != 1:
                self.problem(f"{len(businesses)} LocalBusiness nodes, want 1")
            else:
                self.check_business(businesses[0], og)
        elif businesses:
            self.problem("LocalBusiness node on a page that is not a producer's")

        lists = nodes.get("ItemList", [])
        entries = self.entry_links()
        if entries is None:
            if lists:
                self.problem("ItemList on a page that shows no list")
        elif len(lists) != 1:
            self.problem(f"{len(lists)} ItemList nodes on a list page, want 1")
        else:
            self.check_item_list(lists[0], entries)

        sites = nodes.get("WebSite", [])
        if self.path == "index.html":
            if len(sites) != 1:
                self.problem(f"{len(sites)} WebSite nodes on the home page, want 1")
            else:
                self.check_website(sites[0], og)
        elif sites:
            self.problem("WebSite node on a page that is not the home page")

    def check_urls(self, value, where):
        """Every address is absolute: under the base URL (and there in the output) or schema.org's;
        a producer's own web site (sameAs) is the one the page links to."""
        if isinstance(value, dict):
            for key, item in value.items():
                self.check_urls(item, f"{where}.{key}" if where else key)
                if key in URL_KEYS and not isinstance(item, (str, list, dict)):
                    self.problem(f"JSON-LD {where}.{key} is not an address: {item!r}")
            return
        if isinstance(value, list):
            for index, item in enumerate(value):
                self.check_urls(item, f"{where}[{index}]")
            return
        key = re.sub(r"\[[0-9]+\]$", "", where).rsplit(".", 1)[-1]
        if not isinstance(value, str) or (key not in URL_KEYS and "://" not in value):
            return
        if key == "sameAs":
            if self.contact_link(value) != value or not value.startswith(("http://", "https://")):
                self.problem(f"JSON-LD {where} {value!r} is not the web site the page links to")
            return
        if value.startswith(SCHEMA) or value == SCHEMA.rstrip("/"):
            return
        file = self.site.file_of(value.replace("{search_term_string}", ""))
        if file is None:
            self.problem(f"JSON-LD {where} {value!r} is not an absolute address under the base URL")
        elif not os.path.isfile(file):
            self.problem(f"JSON-LD {where} {value!r}: no such page or file in the output")

    def check_breadcrumbs(self, node):
        items = node.get("itemListElement", [])
        positions = [item.get("position") for item in items]
        if positions != list(range(1, len(items) + 1)):
            self.problem(f"BreadcrumbList positions are {positions}")
        names = [item.get("name") for item in items]
        addresses = [item.get("item") for item in items]
        if not addresses or addresses[0] != self.site.url_of("index.html"):
            self.problem(f"BreadcrumbList does not start at the home page: {addresses[:1]}")
        if not addresses or addresses[-1] != self.url:
            self.problem(f"BreadcrumbList ends at {addresses[-1:]}, not at the page itself ({self.url})")
        trail = first(self.tree.xpath("//nav[contains(@class, 'crumbs')]"))
        if trail is None:
            if self.path != "index.html":
                self.problem(f"the page shows no breadcrumb trail; BreadcrumbList has {names}")
            return
        shown = trail.xpath(".//li")
        self.expect("BreadcrumbList names", names, [text(li) for li in shown])
        links = [self.absolute(first(li.xpath(".//a/@href"))) for li in shown]
        for index, (link, address) in enumerate(zip(links, addresses)):
            if link is not None and link != address:
                self.problem(f"BreadcrumbList item {index + 1} is {address!r}, the trail links {link!r}")

    def check_product(self, node, og):
        h1 = self.h1()
        self.expect("Product name", node.get("name"), h1)
        self.expect("Product url", node.get("url"), self.url)
        self.expect("Product sku", node.get("sku"), self.path.split("/")[1])
        images = node.get("image") or []
        images = [images] if isinstance(images, str) else images
        if images[:1] != ([og["og:image"]] if "og:image" in og else []):
            self.problem(f"Product image starts {images[:1]}, og:image is {og.get('og:image')!r}")
        photos = [photo_stem(self.absolute(img.get("src"))) for img in self.tree.xpath("//div[contains(@class, 'photos')]//img")]
        self.expect("Product image (photos)", [photo_stem(url) for url in images], photos)
        for url in images:
            file = self.site.file_of(url)
            if file and os.path.isfile(file):
                with Image.open(file) as picture:
                    if picture.format != "JPEG":
                        self.problem(f"Product image {url!r} is {picture.format}, not JPEG")

        facts = [text(dd) for dd in self.tree.xpath("//dl[contains(@class, 'facts')]//dd")]
        for key in ("category", "material", "size", "color"):
            if key in node and node[key] not in facts:
                self.problem(f"Product {key} {node[key]!r} is not among the facts shown {facts}")

        card = first(self.tree.xpath("//section[contains(@class, 'contact-card')]"))
        producer = first(card.xpath("./p/a")) if card is not None else None
        self.expect("Product brand", (node.get("brand") or {}).get("name"), text(producer))

        shown_price = text(first(self.tree.xpath("//p[contains(@class, 'price') and contains(@class, 'big')]")))
        price = parse_price(shown_price)
        offer = node.get("offers") or {}
        if offer.get("@type") != "Offer":
            self.problem("Product has no Offer")
        self.expect("Offer price", offer.get("price"), price)
        self.expect("Offer priceCurrency", offer.get("priceCurrency"), "IDR" if price is not None else None)
        self.expect("Offer url", offer.get("url"), self.url)
        sold_out = bool(self.tree.xpath("//article[contains(@class, 'product')]/p[contains(@class, 'badge')]"))
        self.expect("Offer availability", offer.get("availability"), SCHEMA + ("OutOfStock" if sold_out else "InStock"))
        seller = offer.get("seller") or {}
        self.expect("seller name", seller.get("name"), text(producer))
        self.expect("seller url", seller.get("url"), self.absolute(producer.get("href")) if producer is not None else None)
        self.check_telephone("seller telephone", seller.get("telephone"))

    def check_telephone(self, what, telephone):
        if telephone is not None and not E164_ID.fullmatch(telephone):
            self.problem(f"{what} {telephone!r} is not in E.164 (+62…)")
        self.expect(what, telephone, self.contact_phone())

    def check_business(self, node, og):
        self.expect("LocalBusiness name", node.get("name"), self.h1())
        self.expect("LocalBusiness url", node.get("url"), self.url)
        self.expect("LocalBusiness image", node.get("image"), og.get("og:image"))
        self.check_telephone("LocalBusiness telephone", node.get("telephone"))
        mail = self.contact_link("mailto:")
        self.expect("LocalBusiness email", node.get("email"), mail[len("mailto:") :] if mail else None)
        address = node.get("address") or {}
        if address.get("addressCountry") != "ID":
            self.problem(f"LocalBusiness addressCountry is {address.get('addressCountry')!r}, want 'ID'")
        # The street address is the producer's; city and province are its cluster's, shown in the
        # page's description.
        shown = (text(self.main) or "") + " " + (first(self.tree.xpath("//meta[@name='description']/@content")) or "")
        for key in ("streetAddress", "addressLocality", "addressRegion"):
            if address.get(key) and address[key] not in shown:
                self.problem(f"LocalBusiness {key} {address[key]!r} is not on the page")

    def check_item_list(self, node, entries):
        items = node.get("itemListElement", [])
        self.expect("ItemList urls", [item.get("url") for item in items], entries)
        positions = [item.get("position") for item in items]
        total = node.get("numberOfItems")
        start = positions[0] if positions else 1
        if positions != list(range(start, start + len(positions))):
            self.problem(f"ItemList positions are not consecutive: {positions}")
        if not self.tree.xpath("//link[@rel='prev']") and start != 1:
            self.problem(f"ItemList of the first page starts at position {start}")
        if not self.tree.xpath("//link[@rel='next']") and positions and positions[-1] != total:
            self.problem(f"ItemList of the last page ends at {positions[-1]}, numberOfItems is {total}")
        count = text(first(self.tree.xpath("//main//p[@class='count']")))
        if count:
            shown = int(re.sub(r"[^0-9]", "", count.split()[0]))
            self.expect("ItemList numberOfItems", total, shown)

    def check_website(self, node, og):
        self.expect("WebSite url", node.get("url"), self.site.url_of("index.html"))
        self.expect("WebSite name", node.get("name"), og.get("og:site_name"))
        action = node.get("potentialAction") or {}
        form = first(self.tree.xpath("//form[@role='search']"))
        field = first(form.xpath(".//input/@name")) if form is not None else None
        if form is None or action.get("target") != f"{self.absolute(form.get('action'))}?{field}={{search_term_string}}":
            self.problem(f"SearchAction target {action.get('target')!r} is not the page's search form")


def noindex(site, page):
    with open(os.path.join(site.root, page), encoding="utf-8") as f:
        return re.search(r'<meta name="robots" content="[^"]*noindex', f.read()) is not None


def check_sitemap(site, pages, problems):
    path = os.path.join(site.root, "sitemap.xml")
    if not os.path.isfile(path):
        problems.append("sitemap.xml: missing")
        return
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    listed = [loc.text for loc in ElementTree.parse(path).getroot().iter(namespace + "loc")]
    # Pages that ask search engines not to index them (the printed catalogue) are left out.
    want = sorted(site.url_of(page) for page in pages if page != "404.html" and not noindex(site, page))
    if sorted(listed) != want:
        missing = sorted(set(want) - set(listed))
        extra = sorted(set(listed) - set(want))
        problems.append(f"sitemap.xml: does not list the pages' own addresses (missing {missing[:5]}, extra {extra[:5]})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--links", choices=["dirs", "files"], default="dirs")
    arguments = parser.parse_args()
    base = arguments.base_url if arguments.base_url.endswith("/") else arguments.base_url + "/"
    site = Site(arguments.site, base, arguments.links)
    pages = site.pages()
    problems = []
    for page in pages:
        try:
            PageCheck(site, page, problems).run()
        except Exception as error:  # noqa: BLE001 - a page the checker cannot read is a problem too
            problems.append(f"{page}: could not be checked: {type(error).__name__}: {error}")
    check_sitemap(site, pages, problems)
    for line in problems:
        print(line)
    print(f"Open Graph and JSON-LD (extruct): {len(pages)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
