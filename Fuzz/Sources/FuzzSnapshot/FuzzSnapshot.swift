import Foundation
import FuzzSupport
import Garter

/// Target (c): the snapshot decoder on arbitrary bytes. Whatever decodes is resumed with
/// stub answers under tight limits, so hostile but valid-looking state (frames, stacks,
/// iterators, generators, exceptions) is exercised too, not only rejected.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, count)
    // File pauses replay their instruction against an empty in-memory file system.
    let os = OSConfiguration(files: VirtualFileSystem(), filesAnsweredByHost: true)
    guard let paused = try? PausedExecution(serialized: bytes, limits: FuzzHost.limits, os: os) else { return 0 }
    _ = paused.stdout
    _ = paused.call?.description
    FuzzHost.resume(paused, os: os)
    return 0
}

/// `FuzzSnapshot --make-seeds OUT CASES`: writes a snapshot of every pause of every host
/// conformance case in CASES (and of a few programs with richer heaps) to OUT.
/// Anything else: the fuzzer (or a replay of files in a plain build).
@_cdecl("FuzzSnapshot_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    if argc == 4, let a = argv?[1], String(cString: a) == "--make-seeds", let o = argv?[2], let c = argv?[3] {
        do {
            let n = try SeedMaker(output: String(cString: o)).make(casesDirectory: String(cString: c))
            print("wrote \(n) snapshot seeds")
            return 0
        } catch {
            print("error: \(error)")
            return 1
        }
    }
    return FuzzDriver.main(argc, argv) { fuzzSnapshot($0, $1) }
}
