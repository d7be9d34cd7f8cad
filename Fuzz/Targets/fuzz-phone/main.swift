import FuzzChecks
import FuzzDriver

fuzz { data, size in
    Checks.phone(UnsafeBufferPointer(start: data, count: size))
    return 0
}
