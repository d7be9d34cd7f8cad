/// A photo ready to publish: its encoded files in the image cache and a placeholder colour.
package struct ProcessedPhoto: Hashable, Sendable {
    package struct Variant: Hashable, Sendable {
        package var width: Int
        package var height: Int
        package var format: VariantFormat
        /// The file in the image cache (absolute).
        package var cachePath: String
        package var bytes: Int

        package init(width: Int, height: Int, format: VariantFormat, cachePath: String, bytes: Int) {
            self.width = width
            self.height = height
            self.format = format
            self.cachePath = cachePath
            self.bytes = bytes
        }
    }

    /// By format (WebP first), then width, smallest first.
    package var variants: [Variant]
    /// `#rrggbb`: the photo's mean colour, shown while it loads.
    package var colour: String

    package init(variants: [Variant], colour: String) {
        self.variants = variants
        self.colour = colour
    }

    package func variants(_ format: VariantFormat) -> [Variant] { variants.filter { $0.format == format } }

    /// The fallback format (JPEG, or PNG for a photo with transparency).
    package var fallbackFormat: VariantFormat { variants.contains { $0.format == .png } ? .png : .jpeg }
}
