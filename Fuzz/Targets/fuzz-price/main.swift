import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.price(UnsafeBufferPointer(start: data, count: size))
    return 0
}
