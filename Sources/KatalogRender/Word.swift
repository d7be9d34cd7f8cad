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

    package func text(_ language: Language) -> String {
        switch (self, language) {
        case (.skip, .id): "Langsung ke isi"
        case (.skip, .en): "Skip to content"
        case (.menu, .id): "Menu utama"
        case (.menu, .en): "Main menu"
        case (.breadcrumb, .id): "Jejak halaman"
        case (.breadcrumb, .en): "Breadcrumb"
        case (.home, .id): "Beranda"
        case (.home, .en): "Home"
        case (.clusters, .id): "Klaster"
        case (.clusters, .en): "Clusters"
        case (.producers, .id): "Perajin"
        case (.producers, .en): "Producers"
        case (.products, .id): "Produk"
        case (.products, .en): "Products"
        case (.motifs, .id): "Motif"
        case (.motifs, .en): "Motifs"
        case (.featured, .id): "Produk pilihan"
        case (.featured, .en): "Featured products"
        case (.allProducts, .id): "Lihat semua produk"
        case (.allProducts, .en): "See all products"
        case (.allClusters, .id): "Semua klaster"
        case (.allClusters, .en): "All clusters"
        case (.call, .id): "Telepon"
        case (.call, .en): "Call"
        case (.whatsapp, .id): "WhatsApp"
        case (.whatsapp, .en): "WhatsApp"
        case (.email, .id): "Email"
        case (.email, .en): "Email"
        case (.website, .id): "Situs web"
        case (.website, .en): "Website"
        case (.phone, .id): "Telepon"
        case (.phone, .en): "Phone"
        case (.price, .id): "Harga"
        case (.price, .en): "Price"
        case (.priceOnRequest, .id): "Hubungi penjual"
        case (.priceOnRequest, .en): "Price on request"
        case (.soldOut, .id): "Stok habis"
        case (.soldOut, .en): "Sold out"
        case (.available, .id): "Tersedia"
        case (.available, .en): "Available"
        case (.availability, .id): "Ketersediaan"
        case (.availability, .en): "Availability"
        case (.producer, .id): "Perajin"
        case (.producer, .en): "Producer"
        case (.cluster, .id): "Klaster"
        case (.cluster, .en): "Cluster"
        case (.province, .id): "Provinsi"
        case (.province, .en): "Province"
        case (.city, .id): "Kota/Kabupaten"
        case (.city, .en): "City/Regency"
        case (.established, .id): "Berdiri"
        case (.established, .en): "Established"
        case (.coordinator, .id): "Koordinator"
        case (.coordinator, .en): "Coordinator"
        case (.owner, .id): "Pemilik"
        case (.owner, .en): "Owner"
        case (.address, .id): "Alamat"
        case (.address, .en): "Address"
        case (.since, .id): "Berdiri sejak"
        case (.since, .en): "In business since"
        case (.technique, .id): "Teknik"
        case (.technique, .en): "Technique"
        case (.material, .id): "Bahan"
        case (.material, .en): "Material"
        case (.size, .id): "Ukuran"
        case (.size, .en): "Size"
        case (.colors, .id): "Warna"
        case (.colors, .en): "Colours"
        case (.motif, .id): "Motif"
        case (.motif, .en): "Motif"
        case (.origin, .id): "Asal"
        case (.origin, .en): "Origin"
        case (.productsCount, .id): "Jumlah produk"
        case (.productsCount, .en): "Products"
        case (.producersCount, .id): "Jumlah perajin"
        case (.producersCount, .en): "Producers"
        case (.name, .id): "Nama"
        case (.name, .en): "Name"
        case (.details, .id): "Keterangan produk"
        case (.details, .en): "Product details"
        case (.contactProducer, .id): "Hubungi perajin"
        case (.contactProducer, .en): "Contact the producer"
        case (.producersInCluster, .id): "Perajin di klaster ini"
        case (.producersInCluster, .en): "Producers in this cluster"
        case (.productsInCluster, .id): "Produk dari klaster ini"
        case (.productsInCluster, .en): "Products from this cluster"
        case (.productsOfProducer, .id): "Produk dari perajin ini"
        case (.productsOfProducer, .en): "Products by this producer"
        case (.productsWithMotif, .id): "Produk dengan motif ini"
        case (.productsWithMotif, .en): "Products with this motif"
        case (.noProducts, .id): "Belum ada produk."
        case (.noProducts, .en): "No products yet."
        case (.directoryIntro, .id): "Daftar semua perajin dengan nomor telepon dan WhatsApp. Halaman ini bisa dicetak."
        case (.directoryIntro, .en): "Every producer with phone and WhatsApp numbers. This page can be printed."
        case (.notFoundTitle, .id): "Halaman tidak ditemukan"
        case (.notFoundTitle, .en): "Page not found"
        case (.notFoundText, .id): "Maaf, halaman yang Anda cari tidak ada. Mungkin produknya sudah dipindahkan."
        case (.notFoundText, .en): "Sorry, the page you are looking for does not exist. The product may have moved."
        case (.backHome, .id): "Kembali ke beranda"
        case (.backHome, .en): "Back to the home page"
        case (.photos, .id): "Foto produk"
        case (.photos, .en): "Product photos"
        case (.noPhoto, .id): "Belum ada foto"
        case (.noPhoto, .en): "No photo yet"
        case (.footer, .id): "Katalog ini dibuat dengan katalog. Hubungi perajin langsung untuk memesan."
        case (.footer, .en): "This catalogue is made with katalog. Contact producers directly to order."
        case (.info, .id): "Informasi"
        case (.info, .en): "Information"
        }
    }
}
