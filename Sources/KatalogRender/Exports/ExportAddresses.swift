import KatalogContent
import KatalogImages

/// The addresses the feed and the exports print: pages and photo files, absolute from the base URL
/// when the site has one, else relative to the site's root folder (where the exports are), in the
/// build's link style.
struct ExportAddresses {
    let links: Links
    let photos: [String: ProcessedPhoto]

    init(_ site: Site) {
        links = Links(from: .catalogueJSON, style: site.style, absoluteBase: site.catalog.site.baseURL)
        photos = site.photos
    }

    func url(_ route: Route) -> String { links.href(route) }

    /// A photo's published files: WebP first, then JPEG or PNG, each by width.
    func variants(of photo: Photo) -> [ProcessedPhoto.Variant] { photos[photo.sourcePath]?.variants ?? [] }

    /// The one file that stands for a photo where a single picture is needed (the feed, a spreadsheet
    /// cell): the largest JPEG (or PNG, for a photo with transparency), at most 720 px wide. (Link
    /// previews take a JPEG only: `PreviewView.Image.variant`.)
    func picture(_ photo: Photo) -> (url: String, variant: ProcessedPhoto.Variant)? {
        guard let processed = photos[photo.sourcePath],
            let variant = processed.variants(processed.fallbackFormat).last
        else { return nil }
        return (url(.photo(photo, variant)), variant)
    }
}
