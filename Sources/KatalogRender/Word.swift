import KatalogContent

/// The theme's fixed words, which templates read as `{{ui.<key>}}`: one case each, its key the raw
/// value, its text in every language in one `switch`, so the compiler sees that none is missing.
package enum Word: String, CaseIterable, Sendable {
    case skip
    case menu
    case breadcrumb
    case home
    case clusters
    case producers
    case products
    case motifs
    case featured
    case allProducts = "all_products"
    case allClusters = "all_clusters"
    case call
    case by
    case whatsapp
    case email
    case website
    case phone
    case price
    case priceOnRequest = "price_on_request"
    case soldOut = "sold_out"
    case available
    case availability
    case producer
    case cluster
    case province
    case city
    case established
    case coordinator
    case owner
    case address
    case since
    case technique
    case material
    case size
    case colors
    case motif
    case origin
    case productsCount = "products_count"
    case producersCount = "producers_count"
    case name
    case details
    case contactProducer = "contact_producer"
    case producersInCluster = "producers_in_cluster"
    case productsInCluster = "products_in_cluster"
    case productsOfProducer = "products_of_producer"
    case productsWithMotif = "products_with_motif"
    case noProducts = "no_products"
    case directoryIntro = "directory_intro"
    case notFoundTitle = "not_found_title"
    case notFoundText = "not_found_text"
    case backHome = "back_home"
    case photos
    case noPhoto = "no_photo"
    case footer
    case info
    case search
    case searchLabel = "search_label"
    case searchPlaceholder = "search_placeholder"
    case searchTitle = "search_title"
    case searchIntro = "search_intro"
    case searchNoScript = "search_no_script"
    case searchLoading = "search_loading"
    case searchNone = "search_none"
    case searchCount = "search_count"
    case searchMore = "search_more"
    case searchFilters = "search_filters"
    case searchSort = "search_sort"
    case sortRelevance = "sort_relevance"
    case sortPriceUp = "sort_price_up"
    case sortPriceDown = "sort_price_down"
    case sortNewest = "sort_newest"
    case clearFilters = "clear_filters"
    case browse
    case techniques
    case priceBands = "price_bands"
    case provinces
    case inStock = "in_stock"
    case allValues = "all_values"
    case pages
    case previous
    case next
    case newest
    case largestClusters = "largest_clusters"
    case browseTechniques = "browse_techniques"
    case browsePrices = "browse_prices"
    case browseProvinces = "browse_provinces"
    case productsInStock = "products_in_stock"
    case feed
    case catalogueJSON = "catalogue_json"
    case catalogueCSV = "catalogue_csv"
    case printCatalogue = "print_catalogue"
    case printIntro = "print_intro"
    case printHow = "print_how"
    case printPages = "print_pages"
    case printPage = "print_page"
    case printScanPage = "print_scan_page"
    case printScanWhatsApp = "print_scan_whatsapp"
    case printScanCall = "print_scan_call"

    package func text(_ language: Language) -> String {
        language == .id ? indonesian : english
    }

    private var indonesian: String {
        switch self {
        case .skip: "Langsung ke isi"
        case .menu: "Menu utama"
        case .breadcrumb: "Jejak halaman"
        case .home: "Beranda"
        case .clusters: "Klaster"
        case .producers: "Perajin"
        case .products: "Produk"
        case .motifs: "Motif"
        case .featured: "Produk pilihan"
        case .allProducts: "Lihat semua produk"
        case .allClusters: "Semua klaster"
        case .call: "Telepon"
        case .by: "dari"
        case .whatsapp: "WhatsApp"
        case .email: "Email"
        case .website: "Situs web"
        case .phone: "Telepon"
        case .price: "Harga"
        case .priceOnRequest: "Hubungi penjual"
        case .soldOut: "Stok habis"
        case .available: "Tersedia"
        case .availability: "Ketersediaan"
        case .producer: "Perajin"
        case .cluster: "Klaster"
        case .province: "Provinsi"
        case .city: "Kota/Kabupaten"
        case .established: "Berdiri"
        case .coordinator: "Koordinator"
        case .owner: "Pemilik"
        case .address: "Alamat"
        case .since: "Berdiri sejak"
        case .technique: "Teknik"
        case .material: "Bahan"
        case .size: "Ukuran"
        case .colors: "Warna"
        case .motif: "Motif"
        case .origin: "Asal"
        case .productsCount: "Jumlah produk"
        case .producersCount: "Jumlah perajin"
        case .name: "Nama"
        case .details: "Keterangan produk"
        case .contactProducer: "Hubungi perajin"
        case .producersInCluster: "Perajin di klaster ini"
        case .productsInCluster: "Produk dari klaster ini"
        case .productsOfProducer: "Produk dari perajin ini"
        case .productsWithMotif: "Produk dengan motif ini"
        case .noProducts: "Belum ada produk."
        case .directoryIntro: "Daftar semua perajin dengan nomor telepon dan WhatsApp. Halaman ini bisa dicetak."
        case .notFoundTitle: "Halaman tidak ditemukan"
        case .notFoundText: "Maaf, halaman yang Anda cari tidak ada. Mungkin produknya sudah dipindahkan."
        case .backHome: "Kembali ke beranda"
        case .photos: "Foto produk"
        case .noPhoto: "Belum ada foto"
        case .footer: "Katalog ini dibuat dengan katalog. Hubungi perajin langsung untuk memesan."
        case .info: "Informasi"
        case .search: "Cari"
        case .searchLabel: "Cari produk"
        case .searchPlaceholder: "Cari batik, motif, perajin, kota…"
        case .searchTitle: "Cari produk"
        case .searchIntro: "Ketik nama produk, motif, warna, perajin atau kota."
        case .searchNoScript: "Pencarian memerlukan JavaScript. Tanpa itu, jelajahi katalog lewat daftar di bawah."
        case .searchLoading: "Mencari…"
        case .searchNone: "Tidak ada produk yang cocok."
        case .searchCount: "{n} produk"
        case .searchMore: "Tampilkan lebih banyak"
        case .searchFilters: "Saring hasil"
        case .searchSort: "Urutkan"
        case .sortRelevance: "Paling cocok"
        case .sortPriceUp: "Harga terendah"
        case .sortPriceDown: "Harga tertinggi"
        case .sortNewest: "Terbaru"
        case .clearFilters: "Hapus saringan"
        case .browse: "Jelajahi"
        case .techniques: "Teknik"
        case .priceBands: "Kisaran harga"
        case .provinces: "Provinsi"
        case .inStock: "Stok tersedia"
        case .allValues: "Semua"
        case .pages: "Halaman"
        case .previous: "Sebelumnya"
        case .next: "Berikutnya"
        case .newest: "Produk terbaru"
        case .largestClusters: "Klaster terbesar"
        case .browseTechniques: "Menurut teknik"
        case .browsePrices: "Menurut harga"
        case .browseProvinces: "Menurut provinsi"
        case .productsInStock: "Produk dengan stok tersedia"
        case .feed: "Produk terbaru (feed Atom)"
        case .catalogueJSON: "Unduh katalog (JSON)"
        case .catalogueCSV: "Unduh katalog (CSV, untuk Excel)"
        case .printCatalogue: "Katalog cetak"
        case .printIntro:
            "Halaman untuk dicetak dan dipajang di pameran: setiap produk dengan foto, harga, perajin dan kode QR "
                + "yang bisa dipindai dengan kamera ponsel."
        case .printHow:
            "Cetak di kertas A4 dengan skala 100% (Ctrl+P, atau Bagikan lalu Cetak di ponsel). Setiap lembar memuat "
                + "12 produk."
        case .printPages: "Halaman cetak"
        case .printPage: "Halaman"
        case .printScanPage: "Pindai untuk melihat produk"
        case .printScanWhatsApp: "Pindai untuk chat WhatsApp"
        case .printScanCall: "Pindai untuk menelepon"
        }
    }

    private var english: String {
        switch self {
        case .skip: "Skip to content"
        case .menu: "Main menu"
        case .breadcrumb: "Breadcrumb"
        case .home: "Home"
        case .clusters: "Clusters"
        case .producers: "Producers"
        case .products: "Products"
        case .motifs: "Motifs"
        case .featured: "Featured products"
        case .allProducts: "See all products"
        case .allClusters: "All clusters"
        case .call: "Call"
        case .by: "by"
        case .whatsapp: "WhatsApp"
        case .email: "Email"
        case .website: "Website"
        case .phone: "Phone"
        case .price: "Price"
        case .priceOnRequest: "Price on request"
        case .soldOut: "Sold out"
        case .available: "Available"
        case .availability: "Availability"
        case .producer: "Producer"
        case .cluster: "Cluster"
        case .province: "Province"
        case .city: "City/Regency"
        case .established: "Established"
        case .coordinator: "Coordinator"
        case .owner: "Owner"
        case .address: "Address"
        case .since: "In business since"
        case .technique: "Technique"
        case .material: "Material"
        case .size: "Size"
        case .colors: "Colours"
        case .motif: "Motif"
        case .origin: "Origin"
        case .productsCount: "Products"
        case .producersCount: "Producers"
        case .name: "Name"
        case .details: "Product details"
        case .contactProducer: "Contact the producer"
        case .producersInCluster: "Producers in this cluster"
        case .productsInCluster: "Products from this cluster"
        case .productsOfProducer: "Products by this producer"
        case .productsWithMotif: "Products with this motif"
        case .noProducts: "No products yet."
        case .directoryIntro: "Every producer with phone and WhatsApp numbers. This page can be printed."
        case .notFoundTitle: "Page not found"
        case .notFoundText: "Sorry, the page you are looking for does not exist. The product may have moved."
        case .backHome: "Back to the home page"
        case .photos: "Product photos"
        case .noPhoto: "No photo yet"
        case .footer: "This catalogue is made with katalog. Contact producers directly to order."
        case .info: "Information"
        case .search: "Search"
        case .searchLabel: "Search products"
        case .searchPlaceholder: "Search batik, motifs, producers, towns…"
        case .searchTitle: "Search products"
        case .searchIntro: "Type a product, motif, colour, producer or town."
        case .searchNoScript: "Search needs JavaScript. Without it, browse the catalogue with the lists below."
        case .searchLoading: "Searching…"
        case .searchNone: "No products match."
        case .searchCount: "{n} products"
        case .searchMore: "Show more"
        case .searchFilters: "Filter results"
        case .searchSort: "Sort"
        case .sortRelevance: "Best match"
        case .sortPriceUp: "Lowest price"
        case .sortPriceDown: "Highest price"
        case .sortNewest: "Newest"
        case .clearFilters: "Clear filters"
        case .browse: "Browse"
        case .techniques: "Techniques"
        case .priceBands: "Price ranges"
        case .provinces: "Provinces"
        case .inStock: "In stock"
        case .allValues: "All"
        case .pages: "Pages"
        case .previous: "Previous"
        case .next: "Next"
        case .newest: "Newest products"
        case .largestClusters: "Largest clusters"
        case .browseTechniques: "By technique"
        case .browsePrices: "By price"
        case .browseProvinces: "By province"
        case .productsInStock: "Products in stock"
        case .feed: "Newest products (Atom feed)"
        case .catalogueJSON: "Download the catalogue (JSON)"
        case .catalogueCSV: "Download the catalogue (CSV, for spreadsheets)"
        case .printCatalogue: "Printed catalogue"
        case .printIntro:
            "Pages to print and put up at exhibitions: every product with its photo, price, producer and a QR code "
                + "for a phone's camera."
        case .printHow:
            "Print on A4 paper at 100% scale (Ctrl+P, or Share then Print on a phone). Each sheet holds 12 products."
        case .printPages: "Printable pages"
        case .printPage: "Page"
        case .printScanPage: "Scan to see the product"
        case .printScanWhatsApp: "Scan to chat on WhatsApp"
        case .printScanCall: "Scan to call"
        }
    }
}
