import FuzzChecks
import Glibc

// libFuzzer's driver, from the fuzzer runtime that -sanitize=fuzzer links in.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
let status = runDriver(&argc, &argv) { data, size in
    Checks.price(UnsafeBufferPointer(start: data, count: size))
    return 0
}
exit(status)
