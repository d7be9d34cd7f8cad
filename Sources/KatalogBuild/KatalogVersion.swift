/// The version `katalog --version` prints.
package enum KatalogVersion {
    package static let current = "0.5.0"
}
