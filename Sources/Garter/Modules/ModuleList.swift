/// The table of importable modules. Each group of standard-library modules registers its
/// modules in its own file (`ModuleList+<Group>.swift`) so the table is assembled here.
enum ModuleList {
    static let all: [String: ModuleRegistry.Definition] = {
        var table: [String: ModuleRegistry.Definition] = [:]
        for group in [text, data, system] {
            table.merge(group) { first, _ in first }
        }
        return table
    }()
}
