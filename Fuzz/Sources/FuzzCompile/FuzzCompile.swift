import FuzzSupport
import Garter

/// Target (a): lexer, parser and compiler on arbitrary bytes, in both compile modes.
/// Every input must compile or throw `CompileError`; nothing may trap or overflow the stack.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompile(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let source = FuzzDriver.text(data, count)
    do {
        _ = try Program(source: source, filename: "fuzz.py")
    } catch {
        _ = error.description
    }
    do {
        _ = try Program.script(source: source, filename: "fuzz.py")
    } catch {
        _ = error.description
    }
    return 0
}

@_cdecl("FuzzCompile_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.main(argc, argv) { fuzzCompile($0, $1) }
}
