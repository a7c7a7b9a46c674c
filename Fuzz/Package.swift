// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Garter, kept out of the main package so its builds stay clean.
//
//   swift build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz
//
// (or `Scripts/fuzz.sh`). Built without `-sanitize=fuzzer` the same executables replay the
// files or directories given as arguments, which is how a crash is debugged in a debug build.
//
// Why the linker flag: SwiftPM links every executable with `--defsym main=<Module>_main`, and
// `-sanitize=fuzzer` links libFuzzer's own `main` as well. Each target defines
// `<Module>_main` to call `LLVMFuzzerRunDriver`, so whichever `main` the linker keeps runs
// the same fuzzer.
let fuzzerExecutable: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--allow-multiple-definition"])]
let library: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "GarterFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Garter", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzDriver", .product(name: "Garter", package: "Garter")]
        ),
        .executableTarget(name: "FuzzCompile", dependencies: ["FuzzSupport"], swiftSettings: library, linkerSettings: fuzzerExecutable),
        .executableTarget(name: "FuzzRun", dependencies: ["FuzzSupport"], swiftSettings: library, linkerSettings: fuzzerExecutable),
        .executableTarget(name: "FuzzSnapshot", dependencies: ["FuzzSupport"], swiftSettings: library, linkerSettings: fuzzerExecutable),
    ]
)
