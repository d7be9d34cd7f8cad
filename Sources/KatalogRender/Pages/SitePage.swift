/// One page to make: its route and its kind.
package struct SitePage: Sendable {
    package let route: Route
    package let kind: any PageKind.Type
}
