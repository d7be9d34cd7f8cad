import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.slug(UnsafeBufferPointer(start: data, count: size))
    return 0
}
