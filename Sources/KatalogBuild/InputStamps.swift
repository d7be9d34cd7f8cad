import KatalogSystem

/// Size and modification time of every input file: when none changed (and nothing else did),
/// a build has nothing to do.
enum InputStamps {
    /// Every file below these folders, keyed by the folder's label and the path inside it, links
    /// followed as the content loader follows them.
    static func scan(_ folders: [(label: String, path: String)]) -> [String: FileVersion] {
        var stamps: [String: FileVersion] = [:]
        for (label, root) in folders {
            for file in FileSystem.walk(root) { stamps[label + "/" + file.relative] = FileVersion(file.info) }
        }
        return stamps
    }
}
