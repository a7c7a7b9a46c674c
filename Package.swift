// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Garter",
    platforms: [.macOS(.v14), .iOS(.v17)],
    products: [
        .library(name: "Garter", targets: ["Garter"]),
        .executable(name: "garter", targets: ["garter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.2.0"),
    ],
    targets: [
        // Per-thread words the runtime reads on hot paths (C11 thread-locals).
        .target(name: "GarterThreadLocals"),
        .target(
            name: "Garter",
            dependencies: [
                "GarterThreadLocals",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Atomics", package: "swift-atomics"),
            ],
            swiftSettings: [
                // Members of a module are visible only in files that import it (SE-0444): the
                // library imports FoundationEssentials, and Foundation, which BigInt imports,
                // must not supply overloads behind its back (it would link CoreFoundation).
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        ),
        .executableTarget(
            name: "garter",
            dependencies: [
                "Garter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "garter-example",
            dependencies: ["Garter"],
            path: "Examples/Embedding"
        ),
        .testTarget(
            name: "GarterTests",
            dependencies: ["Garter"],
            exclude: ["Conformance/known-failures.txt"],
            resources: [.copy("Conformance/cases"), .copy("FuzzRegressions"), .copy("Tracebacks")]
        ),
        .testTarget(
            name: "GarterCLITests",
            dependencies: ["garter"]
        ),
    ]
)
