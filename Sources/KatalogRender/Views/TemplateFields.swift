/// What a view shows its values to.
package protocol TemplateFields {
    mutating func field<T: TemplateValue>(_ key: String, _ value: T)
}

extension TemplateFields {
    /// An optional value, `false` when there is none: a missing key would fall through to an
    /// outer one.
    package mutating func field<T: TemplateValue>(_ key: String, _ value: T?) {
        if let value { field(key, value) } else { field(key, false) }
    }
}

/// Finds the value of one key.
struct KeyLookup: TemplateFields {
    let key: String
    var value: Any?

    init(key: String) { self.key = key }

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) {
        if self.value == nil, key == self.key { self.value = value }
    }
}

/// Adds every key and value to a fingerprint.
struct FieldDigest: TemplateFields {
    var digest: Fingerprint.Builder

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) {
        digest.add(key)
        value.digest(into: &digest)
    }
}

/// Lists the keys.
struct KeyList: TemplateFields {
    var keys: [String] = []

    mutating func field<T: TemplateValue>(_ key: String, _ value: T) { keys.append(key) }
}
