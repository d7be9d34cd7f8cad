import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.load(UnsafeBufferPointer(start: data, count: size))
    return 0
}
