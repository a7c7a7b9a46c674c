import FuzzSupport
import Garter

/// Target (b): compile and run arbitrary bytes under tight limits, host calls answered by a
/// stub. Seeded with the conformance programs, so mutations explore real programs.
///
/// The input's byte sum picks how it runs (deterministic, so a crash reproduces):
/// 0 - the step API; 1 - the step API, every pause saved and restored from bytes;
/// 2 - the expression mode (the value of the last expression crosses the boundary).
/// Programs get an empty in-memory file system whose operations pause for the host.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRun(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzDriver.text(data, count)
    let (externals, source) = FuzzHost.split(text)
    var sum = 0
    if let data { for i in 0..<count { sum &+= Int(data[i]) } }
    let mode = sum % 3
    let program: Program
    do {
        program = mode == 2 ? try Program(source: source, filename: "fuzz.py") : try Program.script(source: source, filename: "fuzz.py")
    } catch {
        return 0
    }
    let inputs: [String: PythonValue] = ["data": .dict([("items", [1, 2, 3]), ("name", "fuzz")])]
    // A fresh in-memory file system per input, its operations answered through the step
    // API's file pauses (so replayed primitives and their snapshots are fuzzed too).
    let os = OSConfiguration(files: VirtualFileSystem(), filesAnsweredByHost: true)
    FuzzHost.drive(viaSnapshots: mode == 1, os: os) {
        try program.start(inputs: inputs, externals: externals, limits: FuzzHost.limits, nestedCallHandler: FuzzHost.nested, os: os)
    }
    return 0
}

@_cdecl("FuzzRun_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.main(argc, argv) { fuzzRun($0, $1) }
}
