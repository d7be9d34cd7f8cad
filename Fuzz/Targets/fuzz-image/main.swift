import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.image(UnsafeBufferPointer(start: data, count: size))
    return 0
}
