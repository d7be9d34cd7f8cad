/// The whole catalogue, valid by construction: made only by `Catalog.resolve` when no file has an
/// error, so every reference in it names an entry that exists, every list is sorted by name, motifs
/// are grouped and photos found. Later stages never invent or skip data. A class, so that every
/// page's context shares it rather than copying its lists.
package final class Catalog: Sendable {
    package let site: SiteConfig
    package let clusters: [Cluster]
    package let producers: [Producer]
    package let products: [Product]
    package let motifs: [Motif]
    package let pages: [Page]
    /// Published photos by product slug, in the order the sheet lists them.
    package let photos: [String: [Photo]]

    package let clusterBySlug: [String: Cluster]
    package let producerBySlug: [String: Producer]
    package let productBySlug: [String: Product]
    package let motifBySlug: [String: Motif]
    package let pageBySlug: [String: Page]
    /// Producer slugs by cluster slug, sorted by producer name.
    package let producersByCluster: [String: [String]]
    /// Product slugs by producer slug, sorted by product name.
    package let productsByProducer: [String: [String]]
    /// Product slugs by cluster slug, sorted by product name.
    package let productsByCluster: [String: [String]]
    /// Motif slugs of each product, in the order the sheet lists them.
    package let motifsByProduct: [String: [String]]
    /// Technique, price band, province, stock, newest.
    package let facets: Facets
    /// The logo of `site.yml`, found in `images/` and fit to make icons of.
    package let logo: Photo?

    init(
        site: SiteConfig, clusters: [Cluster], producers: [Producer], products: [Product], motifs: [Motif],
        pages: [Page], photos: [String: [Photo]], clusterBySlug: [String: Cluster], producerBySlug: [String: Producer],
        productBySlug: [String: Product], motifBySlug: [String: Motif], pageBySlug: [String: Page],
        producersByCluster: [String: [String]], productsByProducer: [String: [String]],
        productsByCluster: [String: [String]], motifsByProduct: [String: [String]], facets: Facets,
        logo: Photo? = nil
    ) {
        self.logo = logo
        self.site = site
        self.clusters = clusters
        self.producers = producers
        self.products = products
        self.motifs = motifs
        self.pages = pages
        self.photos = photos
        self.clusterBySlug = clusterBySlug
        self.producerBySlug = producerBySlug
        self.productBySlug = productBySlug
        self.motifBySlug = motifBySlug
        self.pageBySlug = pageBySlug
        self.producersByCluster = producersByCluster
        self.productsByProducer = productsByProducer
        self.productsByCluster = productsByCluster
        self.motifsByProduct = motifsByProduct
        self.facets = facets
    }

    // The resolver checked every reference these look up.

    package func producer(of product: Product) -> Producer { producerBySlug[product.producer.value]! }
    package func cluster(of producer: Producer) -> Cluster { clusterBySlug[producer.cluster.value]! }

    /// A cluster's producers, by name.
    package func producers(in cluster: Cluster) -> [Producer] {
        (producersByCluster[cluster.slug] ?? []).map { producerBySlug[$0]! }
    }

    /// A cluster's products, by name.
    package func products(in cluster: Cluster) -> [Product] {
        (productsByCluster[cluster.slug] ?? []).map { productBySlug[$0]! }
    }

    /// A producer's products, by name.
    package func products(of producer: Producer) -> [Product] {
        (productsByProducer[producer.slug] ?? []).map { productBySlug[$0]! }
    }

    /// A motif's products, by name.
    package func products(with motif: Motif) -> [Product] { motif.products.map { productBySlug[$0]! } }

    /// A product's motifs, in the order its sheet names them.
    package func motifs(of product: Product) -> [Motif] {
        (motifsByProduct[product.slug] ?? []).map { motifBySlug[$0]! }
    }
}
