import KatalogContent
import KatalogImages

/// The site's icons and its web manifest: the theme's (`templates/icons/`), or those made of the
/// logo `site.yml` names (`LogoFile`). `favicon.ico` goes to the top of the site, where browsers
/// look for it even without a link; the others to `icons/`.
enum IconFiles {
    /// The theme's colour for the browser's bar (`theme-color`), the default theme's accent.
    static let themeColor = "#7a3412"
    /// The page colour, shown while an installed site starts.
    static let backgroundColor = "#fffdf8"

    static func files(theme: Theme, logo: [LogoFile: ProcessedPhoto.Variant], site: SiteConfig) -> [OutputFile] {
        var files: [OutputFile] = []
        if logo.isEmpty {
            for (name, bytes) in theme.icons.sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(route: name == "favicon.ico" ? .favicon : .icon(name), content: .bytes(bytes)))
            }
        } else {
            for file in LogoFile.allCases {
                guard let variant = logo[file] else { continue }
                let route: Route = file == .favicon ? .favicon : .icon(file.rawValue)
                files.append(OutputFile(route: route, content: .cached(from: variant.cachePath)))
            }
        }
        let names = Set(logo.isEmpty ? Array(theme.icons.keys) : logo.keys.map(\.rawValue))
        files.append(OutputFile(route: .webManifest, content: .bytes(manifest(site, icons: names))))
        return files
    }

    /// `site.webmanifest`: what a phone needs to put the catalogue on its home screen. Addresses
    /// are relative to the manifest, at the top of the site, so it works under any sub-path.
    static func manifest(_ site: SiteConfig, icons: Set<String>) -> [UInt8] {
        var list: [ScriptJSON] = []
        for (name, size) in [("icon-192.png", "192x192"), ("icon-512.png", "512x512")] where icons.contains(name) {
            list.append(
                .object(["src": .string("icons/" + name), "sizes": .string(size), "type": .string("image/png")]))
        }
        if icons.contains("favicon.svg") {
            list.append(
                .object([
                    "src": .string("icons/favicon.svg"), "sizes": .string("any"), "type": .string("image/svg+xml"),
                ]))
        }
        let manifest = ScriptJSON.node([
            ("name", .string(site.title)),
            ("short_name", .string(Words.shortened(site.title, limit: 30))),
            ("description", site.description.map(ScriptJSON.string)),
            ("lang", .string(site.language.rawValue)),
            ("start_url", .string("./")),
            ("scope", .string("./")),
            ("display", .string("minimal-ui")),
            ("background_color", .string(backgroundColor)),
            ("theme_color", .string(themeColor)),
            ("icons", .array(list)),
        ])
        return manifest.bytes + [UInt8(ascii: "\n")]
    }
}

extension PageContext {
    /// The link preview's picture made of the site's logo, when it has one.
    var logoPreview: PreviewView.Image? {
        guard let file = logo[.preview], let url = absoluteURL(.icon(LogoFile.preview.rawValue)) else { return nil }
        return PreviewView.Image(url: url, width: file.width, height: file.height, alt: Text(catalog.site.title))
    }
}
