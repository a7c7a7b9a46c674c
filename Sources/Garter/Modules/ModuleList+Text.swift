extension ModuleList {
    /// Modules of the text group: `re`, and ports of CPython's pure-Python `argparse`, `difflib`,
    /// `shlex`, `keyword`, `graphlib`, `html`, `urllib.parse`; `warnings`, `queue` and
    /// `unicodedata`, a thread-less `concurrent.futures` (`Modules/Ported/`, `UnicodedataModule.swift`).
    static let text: [String: ModuleRegistry.Definition] = [
        "re": .native(ReModule.make),
        "unicodedata": .native(UnicodedataModule.make),
        "difflib": .source(DifflibModuleSource.source),
        "shlex": .source(ShlexModuleSource.source),
        "keyword": .source(KeywordModuleSource.source),
        "graphlib": .source(GraphlibModuleSource.source),
        "html": .source(HtmlModuleSource.source),
        "html.entities": .source(HtmlEntitiesModuleSource.source),
        "urllib": .source(""),
        "urllib.parse": .source(UrllibParseModuleSource.source),
        "warnings": .source(WarningsModuleSource.source),
        "queue": .source(QueueModuleSource.source),
        "argparse": .source(ArgparseModuleSource.source),
        "concurrent": .source(""),
        "concurrent.futures": .source(ConcurrentFuturesModuleSource.source),
    ]
}
