import KatalogContent

/// A producer in a list, and the head of a producer's page: `partials/producer-card`.
package struct ProducerCard: TemplateView {
    package var name: Text
    package var url: Text
    package var clusterName: Text
    package var clusterURL: Text
    /// The cluster's city.
    package var city: Text?
    package var contact: ContactView
    package var productsCount: Int

    package static let keys = ["name", "url", "cluster_name", "cluster_url", "city", "contact", "products_count"]

    package func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "url": url
        case "cluster_name": clusterName
        case "cluster_url": clusterURL
        case "city": city.orFalse
        case "contact": contact
        case "products_count": productsCount
        default: nil
        }
    }

    /// `subject` is what the WhatsApp message asks about: the producer, unless given.
    package init(_ producer: Producer, subject: String? = nil, in page: PageContext) {
        let cluster = page.catalog.cluster(of: producer)
        name = Text(producer.name)
        url = page.href(.producer(producer.slug))
        clusterName = Text(cluster.name)
        clusterURL = page.href(.cluster(cluster.slug))
        city = cluster.city.map(Text.init)
        contact = ContactView(producer.contact, subject: subject ?? producer.name, in: page)
        productsCount = page.catalog.productsByProducer[producer.slug]?.count ?? 0
    }
}
