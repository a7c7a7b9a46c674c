// swift-tools-version: 6.1
// In-process micro-benchmarks for Garter's embedding API. A separate package (not part of the
// root package) so `swift test` never builds it. Run with `Scripts/bench.sh --inprocess` or:
//   swift run -c release --package-path Benchmarks/InProcess garter-inprocess
import PackageDescription

let package = Package(
    name: "GarterInProcessBenchmarks",
    platforms: [.macOS(.v14), .iOS(.v17)],
    dependencies: [
        // The name pins how the target below refers to the package: a path dependency's
        // identity is otherwise its directory name, which differs between clones.
        .package(name: "Garter", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "garter-inprocess",
            dependencies: [.product(name: "Garter", package: "Garter")]
        ),
    ]
)
