extension ModuleList {
    /// Modules of the data group.
    static let data: [String: ModuleRegistry.Definition] = [:]
}
