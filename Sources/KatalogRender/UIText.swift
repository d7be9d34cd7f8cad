import KatalogContent

/// The theme's fixed words in Indonesian and English; templates read them as `{{ui.key}}`.
public enum UIText {
    public static func strings(_ language: Language) -> [String: String] {
        language == .id ? indonesian : english
    }

    static let indonesian: [String: String] = [
        "skip": "Langsung ke isi",
        "menu": "Menu utama",
        "breadcrumb": "Jejak halaman",
        "home": "Beranda",
        "clusters": "Klaster",
        "producers": "Perajin",
        "products": "Produk",
        "motifs": "Motif",
        "featured": "Produk pilihan",
        "all_products": "Lihat semua produk",
        "all_clusters": "Semua klaster",
        "call": "Telepon",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Situs web",
        "phone": "Telepon",
        "price": "Harga",
        "price_on_request": "Hubungi penjual",
        "sold_out": "Stok habis",
        "available": "Tersedia",
        "availability": "Ketersediaan",
        "producer": "Perajin",
        "cluster": "Klaster",
        "province": "Provinsi",
        "city": "Kota/Kabupaten",
        "established": "Berdiri",
        "coordinator": "Koordinator",
        "owner": "Pemilik",
        "address": "Alamat",
        "since": "Berdiri sejak",
        "technique": "Teknik",
        "material": "Bahan",
        "size": "Ukuran",
        "colors": "Warna",
        "motif": "Motif",
        "origin": "Asal",
        "products_count": "Jumlah produk",
        "producers_count": "Jumlah perajin",
        "name": "Nama",
        "details": "Keterangan produk",
        "contact_producer": "Hubungi perajin",
        "producers_in_cluster": "Perajin di klaster ini",
        "products_in_cluster": "Produk dari klaster ini",
        "products_of_producer": "Produk dari perajin ini",
        "products_with_motif": "Produk dengan motif ini",
        "no_products": "Belum ada produk.",
        "directory_intro": "Daftar semua perajin dengan nomor telepon dan WhatsApp. Halaman ini bisa dicetak.",
        "not_found_title": "Halaman tidak ditemukan",
        "not_found_text": "Maaf, halaman yang Anda cari tidak ada. Mungkin produknya sudah dipindahkan.",
        "back_home": "Kembali ke beranda",
        "photos": "Foto produk",
        "no_photo": "Belum ada foto",
        "footer": "Katalog ini dibuat dengan katalog. Hubungi perajin langsung untuk memesan.",
        "info": "Informasi",
    ]

    static let english: [String: String] = [
        "skip": "Skip to content",
        "menu": "Main menu",
        "breadcrumb": "Breadcrumb",
        "home": "Home",
        "clusters": "Clusters",
        "producers": "Producers",
        "products": "Products",
        "motifs": "Motifs",
        "featured": "Featured products",
        "all_products": "See all products",
        "all_clusters": "All clusters",
        "call": "Call",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Website",
        "phone": "Phone",
        "price": "Price",
        "price_on_request": "Price on request",
        "sold_out": "Sold out",
        "available": "Available",
        "availability": "Availability",
        "producer": "Producer",
        "cluster": "Cluster",
        "province": "Province",
        "city": "City/Regency",
        "established": "Established",
        "coordinator": "Coordinator",
        "owner": "Owner",
        "address": "Address",
        "since": "In business since",
        "technique": "Technique",
        "material": "Material",
        "size": "Size",
        "colors": "Colours",
        "motif": "Motif",
        "origin": "Origin",
        "products_count": "Products",
        "producers_count": "Producers",
        "name": "Name",
        "details": "Product details",
        "contact_producer": "Contact the producer",
        "producers_in_cluster": "Producers in this cluster",
        "products_in_cluster": "Products from this cluster",
        "products_of_producer": "Products by this producer",
        "products_with_motif": "Products with this motif",
        "no_products": "No products yet.",
        "directory_intro": "Every producer with phone and WhatsApp numbers. This page can be printed.",
        "not_found_title": "Page not found",
        "not_found_text": "Sorry, the page you are looking for does not exist. The product may have moved.",
        "back_home": "Back to the home page",
        "photos": "Product photos",
        "no_photo": "No photo yet",
        "footer": "This catalogue is made with katalog. Contact producers directly to order.",
        "info": "Information",
    ]

    /// The technique as buyers know it.
    public static func technique(_ technique: Technique, _ language: Language) -> String {
        switch (technique, language) {
        case (.tulis, .id): return "Batik tulis"
        case (.tulis, .en): return "Hand-drawn batik (tulis)"
        case (.cap, .id): return "Batik cap"
        case (.cap, .en): return "Stamped batik (cap)"
        case (.kombinasi, .id): return "Batik kombinasi (tulis dan cap)"
        case (.kombinasi, .en): return "Combined batik (tulis and cap)"
        case (.printing, .id): return "Printing (tekstil motif batik)"
        case (.printing, .en): return "Printed batik-pattern textile"
        case (.ecoprint, .id): return "Ecoprint"
        case (.ecoprint, .en): return "Ecoprint"
        }
    }

    /// The prefilled WhatsApp message, naming what the buyer is asking about.
    public static func whatsAppMessage(about subject: String, site: String, _ language: Language) -> String {
        language == .id
            ? "Halo, saya melihat \(subject) di \(site). Apakah masih tersedia?"
            : "Hello, I saw \(subject) on \(site). Is it still available?"
    }

    public static func photoAlt(_ product: String, index: Int, count: Int, _ language: Language) -> String {
        if count == 1 { return language == .id ? "Foto \(product)" : "Photo of \(product)" }
        return language == .id ? "Foto \(product), \(index) dari \(count)" : "Photo of \(product), \(index) of \(count)"
    }
}
