import KatalogContent
import KatalogRender
import KatalogSystem

/// Applies a plan to the disk: writes the new site into the staging folder, keeping every file
/// whose fingerprint the last build also wrote (a hard link to the current output: same bytes,
/// inode and time) and rendering only the other pages, on every core, streamed to disk as they
/// are rendered (the site is never held in memory); then swaps it in.
struct SiteWriter {
    let plan: BuildPlan
    let staging: Staging
    /// The last successful build's cache, if its key matched.
    let lastBuild: BuildCache?
    /// When only bodies changed since the last build: the pages that show them. Every other page
    /// is the last build's (its view is not even made); nil looks at every page.
    var affected: Set<String>? = nil

    /// What was written.
    struct Result {
        /// The fingerprint of every file of the new site, by path.
        var fingerprints: [String: Fingerprint] = [:]
        /// Files kept from the previous build.
        var reused = 0
        /// Pages whose views were made (to compare or to render); the others were known unchanged.
        var viewed = 0
    }

    func write(progress: PageCounter, clock: Stopwatch) throws(OutputFailure) -> Result {
        let shared = plan.site.sharedFingerprint
        // What the staging folder already holds, when it started as the spare tree.
        let staged = staging.startedFromSpare ? lastBuild?.spare ?? [:] : [:]
        try staging.makeDirectories(for: plan.paths, existing: Staging.folders(of: Array(staged.keys)))
        clock.lap("make folders")
        // Pages are kept only while the shared values are the same; the other files are
        // fingerprinted by their own bytes.
        let previousPages = lastBuild?.shared == shared ? lastBuild?.outputs ?? [:] : [:]
        let previousFiles = lastBuild?.outputs ?? [:]
        let stagedPages = staging.startedFromSpare && lastBuild?.spareShared == shared ? staged : [:]

        var result = Result()
        let jobs = zip(plan.pages, plan.pagePaths).map { (page: $0, path: $1) }
        let pages = jobs.parallelMap {
            job -> (fingerprint: Fingerprint, reused: Bool, failure: OutputFailure?, viewed: Bool) in
            let (page, path) = job
            progress.step()
            if let affected, !affected.contains(path), let known = previousPages[path] {
                if stagedPages[path] == known { return (known, true, nil, false) }
                if staging.linkFromOutput(path) { return (known, true, nil, false) }
            }
            let (view, fingerprint) = plan.prepare(page)
            if stagedPages[path] == fingerprint { return (fingerprint, true, nil, true) }
            if previousPages[path] == fingerprint, staging.linkFromOutput(path) {
                return (fingerprint, true, nil, true)
            }
            do throws(OutputFailure) {
                try staging.write(path, .bytes(plan.site.render(view)))
                return (fingerprint, false, nil, true)
            } catch {
                return (fingerprint, false, error, true)
            }
        }
        for (path, page) in zip(plan.pagePaths, pages) {
            if let failure = page.failure { throw failure }
            result.fingerprints[path] = page.fingerprint
            result.reused += page.reused ? 1 : 0
            result.viewed += page.viewed ? 1 : 0
        }
        clock.lap("render and write pages")

        for file in plan.files {
            let fingerprint = file.fingerprint
            result.fingerprints[file.path] = fingerprint
            if staged[file.path] == fingerprint {
                result.reused += 1
            } else if previousFiles[file.path] == fingerprint, staging.linkFromOutput(file.path) {
                result.reused += 1
            } else {
                try staging.write(file.path, file.content)
            }
        }
        // Kept from the last build (its cache lists each): linked, or copied where linking fails.
        for path in plan.kept {
            result.fingerprints[path] = previousFiles[path]
            if staged[path] == previousFiles[path] || staging.linkFromOutput(path) {
                result.reused += 1
            } else {
                try staging.write(path, .cached(from: staging.output.path + "/" + path))
            }
        }
        if staging.startedFromSpare {
            staging.removeExtra(staged.keys.filter { result.fingerprints[$0] == nil && $0 != OutputFolder.marker })
        }
        clock.lap("photos and assets")
        return result
    }
}
