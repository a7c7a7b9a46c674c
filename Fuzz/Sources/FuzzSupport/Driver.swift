import CFuzzDriver
import Foundation

/// The entry point every fuzz target shares.
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer when the binary was linked with it; otherwise replays the files (or
    /// every file of the directories) named on the command line, printing each name first
    /// so that a crash points at its input.
    public static func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: Callback) -> CInt {
        if garter_fuzz_has_driver() != 0 {
            return garter_fuzz_run_driver(argc, argv, callback)
        }
        var paths: [String] = []
        for i in 1..<Int(argc) {
            guard let p = argv?[i] else { continue }
            let arg = String(cString: p)
            if !arg.hasPrefix("-") { paths.append(arg) }
        }
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                return 1
            }
            FileHandle.standardError.write(Data("replay \(file) (\(data.count) bytes)\n".utf8))
            let bytes = [UInt8](data)
            let started = Date()
            _ = bytes.withUnsafeBufferPointer { callback($0.baseAddress, $0.count) }
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            FileHandle.standardError.write(Data("  ok in \(ms) ms\n".utf8))
        }
        return 0
    }

    /// The input as source text (invalid UTF-8 is replaced, as a host reading a file would).
    public static func text(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
        guard let data, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    }

    /// The input bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let data, count > 0 else { return Data() }
        return Data(bytes: data, count: count)
    }
}
