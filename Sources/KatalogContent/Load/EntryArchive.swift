import Foundation

/// Decoded entry files as bytes, for the cache `katalog build` keeps beside its output: a compact
/// binary form that reads back an order of magnitude faster than JSON (at 10,000 products JSON
/// took about as long to read as decoding the Markdown again). Field by field, in declaration
/// order, so a change to a model type must change both directions here and `EntryArchive.version`;
/// the round-trip test compares every kind of entry. Diagnostics, rare in a catalogue that builds,
/// are stored as JSON.
package enum EntryArchive {
    /// Bumped with any change of layout; a cache of another version is ignored.
    package static let version = 1

    package struct Writer {
        package private(set) var bytes: [UInt8] = []
        /// The file being written: paths inside it equal to it are written as a marker.
        private var path = ""

        package init() {}

        /// Raw bytes (a header).
        package mutating func append(_ raw: [UInt8]) { bytes += raw }

        /// Empties the buffer (written out), keeping its room.
        package mutating func clear() { bytes.removeAll(keepingCapacity: true) }

        package mutating func file(_ file: LoadedFile, key path: String) {
            self.path = ""
            string(path)
            self.path = path
            string(file.kind.rawValue)
            string(file.slug)
            switch file.entry {
            case nil: byte(0)
            case .cluster(let value):
                byte(1)
                string(value.slug)
                string(value.name)
                string(value.province)
                optional(value.city)
                optionalInt(value.established)
                optional(value.coordinator)
                contact(value.contact)
                body(value.body)
            case .producer(let value):
                byte(2)
                string(value.slug)
                string(value.name)
                located(value.cluster)
                optional(value.owner)
                optional(value.address)
                optionalInt(value.since)
                contact(value.contact)
                body(value.body)
            case .product(let value):
                byte(3)
                string(value.slug)
                string(value.name)
                located(value.producer)
                int(value.motifNames.count)
                for name in value.motifNames { located(name) }
                optional(value.technique?.rawValue)
                optional(value.material)
                optional(value.size)
                optionalInt(value.price)
                int(value.colors.count)
                for color in value.colors { string(color) }
                int(value.photos.count)
                for photo in value.photos { located(photo) }
                byte((value.available ? 1 : 0) | (value.featured ? 2 : 0))
                optional(value.added?.description)
                body(value.body)
            case .motif(let value):
                byte(4)
                string(value.slug)
                located(value.name)
                optional(value.origin)
                body(value.body)
            case .page(let value):
                byte(5)
                string(value.slug)
                string(value.name)
                body(value.body)
            }
            if file.diagnostics.isEmpty {
                int(0)
            } else {
                let json = (try? JSONEncoder().encode(file.diagnostics)) ?? Data("[]".utf8)
                int(json.count)
                bytes += json
            }
        }

        private mutating func byte(_ value: UInt8) { bytes.append(value) }

        /// LEB128: seven bits a byte, low first.
        package mutating func int(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        package mutating func string(_ value: String) {
            int(value.utf8.count)
            bytes += value.utf8
        }

        private mutating func optional(_ value: String?) {
            if let value {
                byte(1)
                string(value)
            } else {
                byte(0)
            }
        }

        private mutating func optionalInt(_ value: Int?) {
            if let value {
                byte(1)
                int(value)
            } else {
                byte(0)
            }
        }

        private mutating func location(_ value: SourceLocation) {
            if value.path == path {
                int(0)
            } else {
                int(1)
                string(value.path)
            }
            int(value.line.map { $0 + 1 } ?? 0)
            int(value.column.map { $0 + 1 } ?? 0)
        }

        private mutating func located(_ value: Located<String>) {
            string(value.value)
            location(value.location)
        }

        private mutating func phone(_ value: PhoneNumber?) {
            guard let value else { return byte(0) }
            byte(1)
            string(value.national)
            string(value.kind.rawValue)
            optional(value.areaID)
            optional(value.areaEN)
            int(value.notes.count)
            for note in value.notes {
                switch note {
                case .withoutZero(let written):
                    byte(0)
                    string(written)
                case .ambiguous62(let landline):
                    byte(1)
                    string(landline)
                }
            }
        }

        private mutating func contact(_ value: Contact) {
            phone(value.phone)
            phone(value.whatsapp)
            optional(value.email)
            optional(value.website)
        }

        private mutating func body(_ value: Body) {
            string(value.html)
            if value.path == path {
                int(0)
            } else {
                int(1)
                string(value.path)
            }
            string(String(value.markdown))
            int(value.links.count)
            for link in value.links {
                string(link.target.rawValue)
                string(link.name)
                string(link.fragment)
                location(link.location)
            }
        }
    }

    package struct Malformed: Error {}

    package struct Reader {
        private let bytes: [UInt8]
        private var offset: Int
        private var path = ""

        package init(_ bytes: [UInt8], from offset: Int = 0) {
            self.bytes = bytes
            self.offset = offset
        }

        package var atEnd: Bool { offset >= bytes.count }

        package mutating func file() throws(Malformed) -> (path: String, file: LoadedFile) {
            path = ""
            let key = try string()
            path = key
            guard let kind = EntryKind(rawValue: try string()) else { throw Malformed() }
            let slug = try string()
            let entry: Entry?
            switch try byte() {
            case 0: entry = nil
            case 1:
                entry = .cluster(
                    Cluster(
                        slug: try string(), name: try string(), province: try string(), city: try optional(),
                        established: try optionalInt(), coordinator: try optional(), contact: try contact(),
                        body: try body()))
            case 2:
                entry = .producer(
                    Producer(
                        slug: try string(), name: try string(), cluster: try located(), owner: try optional(),
                        address: try optional(), since: try optionalInt(), contact: try contact(), body: try body()))
            case 3:
                let slug = try string()
                let name = try string()
                let producer = try located()
                var motifs: [Located<String>] = []
                for _ in 0..<(try count()) { motifs.append(try located()) }
                let technique = try optional().map { value throws(Malformed) in
                    guard let technique = Technique(rawValue: value) else { throw Malformed() }
                    return technique
                }
                let material = try optional()
                let size = try optional()
                let price = try optionalInt()
                var colors: [String] = []
                for _ in 0..<(try count()) { colors.append(try string()) }
                var photos: [Located<String>] = []
                for _ in 0..<(try count()) { photos.append(try located()) }
                let flags = try byte()
                let added = try optional().map { value throws(Malformed) in
                    guard let day = Day(value) else { throw Malformed() }
                    return day
                }
                entry = .product(
                    Product(
                        slug: slug, name: name, producer: producer, motifNames: motifs, technique: technique,
                        material: material, size: size, price: price, colors: colors, photos: photos,
                        available: flags & 1 != 0, featured: flags & 2 != 0, added: added, body: try body()))
            case 4:
                entry = .motif(
                    MotifDescription(slug: try string(), name: try located(), origin: try optional(), body: try body()))
            case 5:
                entry = .page(Page(slug: try string(), name: try string(), body: try body()))
            default: throw Malformed()
            }
            var diagnostics: [Diagnostic] = []
            let json = try count()
            if json > 0 {
                guard offset + json <= bytes.count,
                    let decoded = try? JSONDecoder().decode(
                        [Diagnostic].self, from: Data(bytes[offset..<offset + json]))
                else { throw Malformed() }
                diagnostics = decoded
                offset += json
            }
            return (key, LoadedFile(kind: kind, slug: slug, entry: entry, diagnostics: diagnostics))
        }

        private mutating func byte() throws(Malformed) -> UInt8 {
            guard offset < bytes.count else { throw Malformed() }
            defer { offset += 1 }
            return bytes[offset]
        }

        package mutating func int() throws(Malformed) -> Int {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64 else { throw Malformed() }
                value |= UInt64(next & 0x7f) << shift
                if next < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }

        private mutating func count() throws(Malformed) -> Int {
            let value = try int()
            guard value >= 0, value <= bytes.count - offset else { throw Malformed() }
            return value
        }

        package mutating func string() throws(Malformed) -> String {
            let length = try count()
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }

        private mutating func optional() throws(Malformed) -> String? {
            try byte() == 0 ? nil : try string()
        }

        private mutating func optionalInt() throws(Malformed) -> Int? {
            try byte() == 0 ? nil : try int()
        }

        private mutating func location() throws(Malformed) -> SourceLocation {
            let path = try int() == 0 ? self.path : try string()
            let line = try int()
            let column = try int()
            return SourceLocation(path: path, line: line == 0 ? nil : line - 1, column: column == 0 ? nil : column - 1)
        }

        private mutating func located() throws(Malformed) -> Located<String> {
            let value = try string()
            return Located(value, at: try location())
        }

        private mutating func phone() throws(Malformed) -> PhoneNumber? {
            guard try byte() == 1 else { return nil }
            let national = try string()
            guard let kind = PhoneNumber.Kind(rawValue: try string()) else { throw Malformed() }
            let areaID = try optional()
            let areaEN = try optional()
            var notes: [PhoneNumber.Note] = []
            for _ in 0..<(try count()) {
                switch try byte() {
                case 0: notes.append(.withoutZero(written: try string()))
                case 1: notes.append(.ambiguous62(landline: try string()))
                default: throw Malformed()
                }
            }
            return PhoneNumber(national: national, kind: kind, areaID: areaID, areaEN: areaEN, notes: notes)
        }

        private mutating func contact() throws(Malformed) -> Contact {
            Contact(phone: try phone(), whatsapp: try phone(), email: try optional(), website: try optional())
        }

        private mutating func body() throws(Malformed) -> Body {
            let html = try string()
            let path = try int() == 0 ? self.path : try string()
            let markdown = try string()
            var links: [EntryLink] = []
            for _ in 0..<(try count()) {
                guard let target = EntryKind(rawValue: try string()) else { throw Malformed() }
                let name = try string()
                let fragment = try string()
                links.append(EntryLink(target: target, name: name, fragment: fragment, location: try location()))
            }
            return Body(html: html, links: links, path: path, markdown: markdown[...])
        }
    }
}
