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

    package func fields<F: TemplateFields>(_ fields: inout F) {
        fields.field("name", name)
        fields.field("url", url)
        fields.field("cluster_name", clusterName)
        fields.field("cluster_url", clusterURL)
        fields.field("city", city)
        fields.field("contact", contact)
        fields.field("products_count", productsCount)
    }

    /// `chat` is what the WhatsApp message asks about (the producer, unless given), and `chatPage`
    /// the page it links. In lists the message carries no address: a hundred of them would take
    /// a sixth of the page budget, and the name says who is meant.
    package init(
        _ producer: Producer, chat: Words.ChatSubject? = nil, chatPage: Route? = nil, in page: PageContext
    ) {
        let cluster = page.catalog.cluster(of: producer)
        name = Text(producer.name)
        url = page.href(.producer(producer.slug))
        clusterName = Text(cluster.name)
        clusterURL = page.href(.cluster(cluster.slug))
        city = cluster.city.map(Text.init)
        contact = ContactView(
            producer.contact, chat: chat ?? .producer(producer.name), page: chatPage, in: page)
        productsCount = page.catalog.productsByProducer[producer.slug]?.count ?? 0
    }
}
