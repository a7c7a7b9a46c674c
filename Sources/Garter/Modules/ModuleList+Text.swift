extension ModuleList {
    /// Modules of the text group: `re`, and ports of CPython's pure-Python `difflib`,
    /// `shlex`, `keyword`, `graphlib`, `html`, `urllib.parse`, and `warnings` (`Modules/Ported/`).
    static let text: [String: ModuleRegistry.Definition] = [
        "re": .native(ReModule.make),
        "difflib": .source(DifflibModuleSource.source),
        "shlex": .source(ShlexModuleSource.source),
        "keyword": .source(KeywordModuleSource.source),
        "graphlib": .source(GraphlibModuleSource.source),
        "html": .source(HtmlModuleSource.source),
        "html.entities": .source(HtmlEntitiesModuleSource.source),
        "urllib": .source(""),
        "urllib.parse": .source(UrllibParseModuleSource.source),
        "warnings": .source(WarningsModuleSource.source),
    ]
}
