extension ModuleList {
    /// Modules of the formats group: `io`, `csv`, `pprint`, `types`, `decimal`, `logging`.
    static let formats: [String: ModuleRegistry.Definition] = [
        "io": .source(IOModule.source + IOModule.fileSource),
        "_csv": .source(CSVModule.coreSource),
        "csv": .source(CSVModule.source),
        "types": .source(TypesModule.source),
        "pprint": .source(PprintModule.source),
        "numbers": .source(NumbersModule.source),
        "decimal": .source(DecimalModule.source),
        "logging": .source(LoggingModule.source),
    ]
}
