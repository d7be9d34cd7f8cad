import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.frontMatter(UnsafeBufferPointer(start: data, count: size))
    return 0
}
