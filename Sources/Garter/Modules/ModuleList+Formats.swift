extension ModuleList {
    /// Modules of the formats group: `io`, `csv`, `pprint`, `types`, `decimal`, `logging`.
    static let formats: [String: ModuleRegistry.Definition] = [
        "io": .source(IOModule.source),
    ]
}
