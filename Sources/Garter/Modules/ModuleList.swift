/// The table of importable modules. Each group of standard-library modules registers its
/// modules in its own file (`ModuleList+<Group>.swift`) so the table is assembled here.
enum ModuleList {
    static let all: [String: ModuleRegistry.Definition] = {
        var table: [String: ModuleRegistry.Definition] = [:]
        for group in [text, data, system, formats, operatingSystem] {
            table.merge(group) { first, _ in first }
        }
        table["abc"] = .source(AbcContextlibModules.abc)
        // `import builtins`: a copy of the builtin namespace (the shared one stays read-only,
        // so assigning `builtins.x` affects only this module object, not name lookups).
        table["builtins"] = .native({ _ throws(PythonError) in
            let m = ModuleBuilder("builtins")
            for (k, v) in Builtins.shared.dict.items {
                guard case .str(let s) = k, s.value != "__name__" else { continue }
                m.value(s.value, v)
            }
            return m.module
        })
        table["asyncio"] = .source(AsyncioModule.source)
        table["_garter_async"] = .native(AsyncioModule.makeNative)
        table["contextlib"] = .source(AbcContextlibModules.contextlib)
        table["__future__"] = .source("""
            all_feature_names = ["nested_scopes", "generators", "division", "absolute_import",
                                 "with_statement", "print_function", "unicode_literals",
                                 "barry_as_FLUFL", "generator_stop", "annotations"]
            nested_scopes = generators = division = absolute_import = None
            with_statement = print_function = unicode_literals = generator_stop = annotations = None
            """)
        return table
    }()
}
