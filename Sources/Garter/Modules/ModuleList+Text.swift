extension ModuleList {
    /// Modules of the text group.
    static let text: [String: ModuleRegistry.Definition] = [
        "re": .native(ReModule.make),
    ]
}
