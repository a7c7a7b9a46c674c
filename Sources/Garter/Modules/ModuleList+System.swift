extension ModuleList {
    /// Modules of the system group.
    static let system: [String: ModuleRegistry.Definition] = [:]
}
