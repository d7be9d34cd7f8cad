import Foundation
import Mustache
import Testing

@testable import KatalogContent
@testable import KatalogRender

/// What each page kind's template sees, read the way swift-mustache reads it: key by key.
@Suite struct PageViewTests {
    /// The value at a dotted key path, as a template would print it: text as its HTML, numbers and
    /// flags as themselves, views and lists as they are.
    static func value(_ view: any MustacheParent, _ path: String) -> Any? {
        var current: Any? = view
        for key in path.split(separator: ".") {
            guard let parent = current as? any MustacheParent else { return nil }
            current = parent.child(named: String(key))
        }
        if let text = current as? Text { return text.html }
        return current
    }

    static func string(_ view: any MustacheParent, _ path: String) -> String? { value(view, path) as? String }

    static func list(_ view: any MustacheParent, _ path: String) -> [any MustacheParent] {
        (value(view, path) as? [Any])?.compactMap { $0 as? any MustacheParent } ?? []
    }

    // MARK: Every view

    /// Every view of every page of the fixture: each key it lists answers with a value a template
    /// can use and a fingerprint can digest (never nil, which would fall through to an outer key),
    /// each stored property is one of its keys, and it answers nothing else.
    @Test(arguments: LinkStyle.allCases)
    func everyKeyOfEveryViewAnswers(style: LinkStyle) {
        let site = CatalogFixture.site(style: style)
        var seen: Set<String> = []
        func check(_ view: any TemplateView) {
            let type = type(of: view)
            for key in view.keys {
                let value = view.child(named: key)
                #expect(value != nil, "\(type).\(key)")
                #expect(value is any TemplateValue, "\(type).\(key)")
                if let child = value as? any TemplateView { check(child) }
                if let children = value as? [any TemplateView] { children.forEach(check) }
            }
            #expect(view.child(named: "no_such_key") == nil)
            #expect(Set(view.keys).count == view.keys.count, "\(type) lists a key twice")
            if let page = view as? PageView, let key = page.subjectKey, let subject = page.subject {
                #expect(page.child(named: key) is any TemplateView)
                check(subject)
            }
            guard seen.insert("\(type)").inserted, !(view is PageView) else { return }
            // Stored properties are the keys, in snake_case; a subject that extends a card (`card`)
            // answers the card's keys too.
            var keys: [String] = []
            for child in Mirror(reflecting: view).children {
                guard let label = child.label else { continue }
                if label == "card", let card = child.value as? any TemplateView {
                    keys += card.keys
                } else {
                    keys.append(Self.snakeCase(label))
                }
            }
            #expect(Set(keys) == Set(view.keys), "\(type)")
        }
        for page in site.pages() { check(site.view(of: page)) }
        #expect(seen.count >= 20, "\(seen.sorted())")
    }

    static func snakeCase(_ name: String) -> String {
        var out = ""
        for c in name {
            if c.isUppercase {
                out += "_" + c.lowercased()
            } else {
                out.append(c)
            }
        }
        return out.replacingOccurrences(of: "_u_r_l", with: "_url")
    }

    // MARK: Layout

    @Test func layoutOfAProductPage() {
        let view = CatalogFixture.view(.product("gorga-merah"))
        #expect(view.template == "product")
        #expect(Self.string(view, "page_title") == "Gorga Merah")
        #expect(Self.string(view, "site.title") == "Katalog Uji")
        #expect(Self.string(view, "site.language") == "id")
        #expect(Self.value(view, "site.description") as? Bool == false)
        #expect(Self.string(view, "page.path") == "products/gorga-merah/index.html")
        #expect(Self.value(view, "page.canonical") as? Bool == false)
        #expect(Self.value(view, "preview") as? Bool == false)
        #expect(Self.string(view, "links.css") == "../../assets/katalog.css")
        #expect(Self.string(view, "links.home") == "../../")
        #expect(Self.string(view, "ui.price_on_request") == "Hubungi penjual")
        let nav = Self.list(view, "nav")
        #expect(nav.map { Self.string($0, "name") } == ["Produk", "Klaster", "Perajin", "Motif"])
        #expect(nav.map { Self.value($0, "current") as? Bool } == [true, false, false, false])
        let crumbs = Self.list(view, "crumbs")
        #expect(crumbs.map { Self.string($0, "name") } == ["Beranda", "Produk", "Gorga Merah"])
        #expect(crumbs.map { Self.value($0, "url") as? String } == ["../../", "../", nil])
        #expect(Self.list(view, "site.pages").map { Self.string($0, "url") } == ["../../cara-pesan/"])
    }

    @Test func canonicalAndImageNeedABaseURL() {
        let catalog = CatalogFixture.catalog(site: SiteConfig(title: "K", baseURL: "https://batik.example.id/k/"))
        let site = CatalogFixture.site(catalog, style: .files)
        let view = CatalogFixture.view(.product("gorga-merah"), in: site)
        #expect(Self.string(view, "page.canonical") == "https://batik.example.id/k/products/gorga-merah/index.html")
        #expect(
            Self.string(view, "preview.image.url") == "https://batik.example.id/k/products/gorga-merah/depan-720.jpg")
        #expect(Self.string(view, "preview.url") == "https://batik.example.id/k/products/gorga-merah/index.html")
        #expect(Self.string(view, "preview.type") == "product")
        #expect(Self.string(view, "preview.price") == "1850000")
        #expect(Self.string(view, "preview.card") == "summary_large_image")
        #expect(Self.string(view, "preview.locale") == "id_ID")
        // 404.html is served at any depth: its links are absolute, and it has no canonical link.
        let notFound = CatalogFixture.view(.notFound, in: site)
        #expect(Self.string(notFound, "links.css") == "https://batik.example.id/k/assets/katalog.css")
        #expect(Self.value(notFound, "page.canonical") as? Bool == false)
        #expect(Self.string(notFound, "page_title") == "Halaman tidak ditemukan")
    }

    @Test func englishSite() {
        let catalog = CatalogFixture.catalog(site: SiteConfig(title: "Batik", language: .en))
        let view = CatalogFixture.view(.product("gorga-merah"), in: CatalogFixture.site(catalog))
        #expect(Self.string(view, "product.price") == "IDR 1,850,000")
        #expect(Self.string(view, "product.technique") == "Hand-drawn batik (tulis)")
        #expect(Self.string(view, "ui.home") == "Home")
    }

    // MARK: Page kinds

    @Test func productPage() {
        let view = CatalogFixture.view(.product("gorga-merah"))
        #expect(
            Self.string(view, "page_description")
                == "Rp1.850.000 · Batik tulis · Medan, Sumatera Utara. Gorga Merah dari Rumah Batik Sinar")
        #expect(Self.string(view, "product.name") == "Gorga Merah")
        #expect(Self.string(view, "product.price") == "Rp1.850.000")
        #expect(Self.value(view, "product.has_price") as? Bool == true)
        #expect(Self.value(view, "product.sold_out") as? Bool == false)
        let facts = Self.list(view, "product.facts")
        #expect(
            facts.map { Self.string($0, "label") } == [
                "Harga", "Ketersediaan", "Perajin", "Klaster", "Provinsi", "Teknik",
            ])
        // The product links its price band, producer, cluster, province and technique.
        #expect(
            facts.map { Self.value($0, "url") as? String } == [
                "../../prices/from-1jt/", nil, "../../producers/sinar/", "../../clusters/sumut/",
                "../../provinces/sumatera-utara/", "../../techniques/tulis/",
            ])
        #expect(Self.list(view, "product.motifs").map { Self.string($0, "url") } == ["../../motifs/gorga/"])
        let photos = Self.list(view, "product.photos")
        #expect(photos.map { Self.string($0, "src") } == ["depan-480.jpg"])
        #expect(photos.map { Self.value($0, "width") as? Int } == [480])
        #expect(photos.map { Self.value($0, "height") as? Int } == [360])
        #expect(
            photos.map { Self.string($0, "webp_srcset") } == [
                "depan-240.webp 240w, depan-360.webp 360w, depan-480.webp 480w, depan-720.webp 720w, depan-800.webp 800w"
            ])
        #expect(photos.map { Self.string($0, "full") } == ["depan-800.webp"])
        #expect(
            photos.map { Self.string($0, "srcset") } == [
                "depan-240.jpg 240w, depan-360.jpg 360w, depan-480.jpg 480w, depan-720.jpg 720w"
            ])
        #expect(photos.map { Self.string($0, "loading") } == ["eager"])
        #expect(photos.map { Self.value($0, "priority") as? Bool } == [true])
        #expect(photos.map { Self.string($0, "colour") } == ["#806040"])
        #expect(photos.map { Self.string($0, "alt") } == ["Foto Gorga Merah"])
        // The producer card's WhatsApp message names the product and its price.
        #expect(
            Self.string(view, "product.producer.contact.whatsapp.href")?
                .contains("text=Halo%2C%20saya%20tertarik%20dengan%20Gorga%20Merah%20seharga%20Rp1.850.000%20di")
                == true)
        // The chat bar: the price, WhatsApp, and the call beside it.
        #expect(Self.string(view, "product.bar.price") == "Rp1.850.000")
        #expect(
            Self.string(view, "product.bar.whatsapp") == Self.string(view, "product.producer.contact.whatsapp.href"))
        #expect(Self.string(view, "product.bar.call") == "tel:+62618452197")
        #expect(Self.string(view, "product.bar.call_class") == "button secondary")
        #expect(Self.string(view, "product.producer.contact.phone.display") == "(061) 845-2197 · Medan")
        // The body's link to a free page, filled in for this page, its fragment encoded.
        #expect(
            Self.string(view, "product.body")
                == "<p>Lihat <a href=\"../../cara-pesan/#Langkah%202\">cara pesan</a>.</p>\n")
        #expect(Self.string(view, "product.producer.contact.email.href") == "mailto:a&amp;b@batik.id")
    }

    @Test func absentValuesAreFalse() {
        let view = CatalogFixture.view(.product("ulos"))
        #expect(Self.value(view, "product.photo") as? Bool == false)
        #expect(Self.value(view, "product.body") as? Bool == false)
        #expect(Self.value(view, "product.has_price") as? Bool == false)
        #expect(Self.value(view, "product.sold_out") as? Bool == true)
        #expect(Self.string(view, "product.price") == "Hubungi penjual")
        #expect(Self.value(view, "product.producer.contact.whatsapp") as? Bool == false)
        #expect(Self.value(view, "product.producer.contact.any") as? Bool == true)
        let tamanan = CatalogFixture.view(.cluster("tamanan"))
        #expect(Self.value(tamanan, "cluster.contact.any") as? Bool == false)
        #expect(Self.value(tamanan, "cluster.body") as? Bool == false)
        #expect(Self.list(tamanan, "cluster.producers").map { Self.value($0, "city") as? Bool } == [false])
    }

    @Test func clusterPage() {
        let view = CatalogFixture.view(.cluster("sumut"))
        #expect(
            Self.string(view, "page_description")
                == "Klaster Batik Sumut · Medan, Sumatera Utara · 2 Perajin · 3 Produk")
        #expect(Self.string(view, "cluster.place") == "Medan, Sumatera Utara")
        #expect(
            Self.list(view, "cluster.facts").map { Self.string($0, "value") } == [
                "Sumatera Utara", "Medan", "2018", "Rosmawati",
            ])
        #expect(
            Self.list(view, "cluster.producers").map { Self.string($0, "name") } == [
                "Rumah Batik Sinar", "Sanggar Deli",
            ])
        #expect(
            Self.list(view, "cluster.products").map { Self.string($0, "name") } == [
                "Gorga Katun", "Gorga Merah", "Ulos Printing",
            ])
        #expect(Self.string(view, "cluster.body") == "<p>Klaster.</p>\n")
        #expect(Self.string(view, "cluster.contact.whatsapp.href")?.contains("Klaster%20Batik%20Sumut") == true)
    }

    @Test func producerPage() {
        let view = CatalogFixture.view(.producer("ijen"))
        #expect(Self.string(view, "page_description") == "Batik Ijen · Klaster Batik Tamanan, Jawa Timur · 2 Produk")
        #expect(Self.string(view, "producer.cluster_name") == "Klaster Batik Tamanan")
        #expect(Self.value(view, "producer.products_count") as? Int == 2)
        #expect(Self.string(view, "producer.contact.website.label") == "ijen.example.id")
        #expect(
            Self.list(view, "producer.products").map { Self.string($0, "url") } == [
                "../../products/daun-kopi/", "../../products/kawah-ijen/",
            ])
    }

    @Test func motifPage() {
        let view = CatalogFixture.view(.motif("gorga"))
        #expect(Self.string(view, "motif.origin") == "Toba")
        #expect(Self.list(view, "motif.products").map { Self.string($0, "name") } == ["Gorga Katun", "Gorga Merah"])
        let kawah = CatalogFixture.view(.motif("kawah"))
        #expect(Self.value(kawah, "motif.origin") as? Bool == false)
        #expect(Self.value(kawah, "motif.body") as? Bool == false)
    }

    @Test func homeShowsFeaturedProductsElseTheFirstAvailable() {
        let view = CatalogFixture.view(.home)
        #expect(Self.list(view, "home.featured").map { Self.string($0, "name") } == ["Kawah Ijen"])
        #expect(Self.string(view, "home.products_count") == "5")
        #expect(Self.list(view, "home.clusters").map { Self.string($0, "products_count") } == ["3", "2"])
        var content = CatalogFixture.content()
        content.products["kawah-ijen"]?.featured = false
        guard case .valid(let catalog, _) = Catalog.resolve(content) else { return }
        let plain = CatalogFixture.view(.home, in: CatalogFixture.site(catalog))
        // Without featured products: the newest available ones (none has a date here: by name), the
        // one with a photo first; sold-out Ulos Printing is left out.
        #expect(
            Self.list(plain, "home.featured").map { Self.string($0, "name") } == [
                "Gorga Merah", "Daun Kopi", "Gorga Katun", "Kawah Ijen",
            ])
    }

    /// The newest first, by `added`; no producer twice in the first row while another can fill it.
    @Test func homeShowsTheNewestFromDifferentProducersFirst() throws {
        var content = CatalogFixture.content()
        content.products["kawah-ijen"]?.featured = false
        content.products["daun-kopi"]?.added = Day("2025-06-01")
        content.products["kawah-ijen"]?.added = Day("2025-05-01")
        content.products["gorga-katun"]?.added = Day("2024-01-10")
        guard case .valid(let catalog, _) = Catalog.resolve(content) else { return }
        #expect(catalog.facets.newest == ["daun-kopi", "kawah-ijen", "gorga-katun", "gorga-merah", "ulos"])
        let view = CatalogFixture.view(.home, in: CatalogFixture.site(catalog))
        // Gorga Merah has the only photo; Kawah Ijen (Batik Ijen again) waits until the row is full.
        #expect(
            Self.list(view, "home.featured").map { Self.string($0, "name") } == [
                "Gorga Merah", "Daun Kopi", "Gorga Katun", "Kawah Ijen",
            ])
    }

    @Test func listPages() {
        #expect(Self.list(CatalogFixture.view(.products()), "list.products").count == 5)
        #expect(Self.list(CatalogFixture.view(.producers()), "list.producers").count == 3)
        #expect(Self.list(CatalogFixture.view(.clusters()), "list.clusters").count == 2)
        let motifs = Self.list(CatalogFixture.view(.motifs()), "list.motifs")
        #expect(motifs.map { Self.string($0, "count") } == ["2", "1"])
        // A list page answers only its own list: a template asking for another falls through, as before.
        #expect(Self.value(CatalogFixture.view(.products()), "list.clusters") == nil)
    }

    @Test func freePage() {
        let view = CatalogFixture.view(.freePage("cara-pesan"))
        #expect(Self.string(view, "free_page.body") == "<p>Hubungi kami.</p>\n")
        // Home, then the page itself: the trail the structured data repeats.
        #expect(Self.list(view, "crumbs").map { Self.string($0, "name") } == ["Beranda", "Cara Pesan"])
    }

    @Test func everyPageOnceInAFixedOrder() {
        let routes = CatalogFixture.site().pages().map(\.route)
        #expect(routes.first == .home)
        #expect(routes.last == .notFound)
        #expect(Set(routes).count == routes.count)
        // Home, lists and entries, then techniques (3 used), price bands (4 used), provinces (2), in
        // stock, search, the printed catalogue (its index and one page a cluster), the free page and 404.
        #expect(
            routes.count == 1 + 1 + 2 + 1 + 3 + 1 + 5 + 1 + 2 + (1 + 3) + (1 + 4) + (1 + 2) + 1 + 1 + (1 + 2) + 1 + 1)
    }
}
