extension ModuleList {
    /// Modules of the virtual OS: `os` (with `os.path` = `posixpath`), `stat`, `pathlib`,
    /// `fnmatch`, `glob`, `shutil`, and their native core `_gos` (see `Sources/Garter/OS`).
    static let operatingSystem: [String: ModuleRegistry.Definition] = [
        "_gos": .native(OSNativeModule.make),
        "os": .source(OSModuleSource.source),
        "posixpath": .source(PosixpathSource.source),
        "os.path": .native { vm throws(PythonError) in
            guard let m = try vm.importModule("posixpath").asModule else {
                throw vm.makeError(Builtins.shared.importError, "cannot import os.path")
            }
            return m
        },
        "stat": .source(PosixpathSource.statSource),
        "pathlib": .source(PathlibSource.source),
        "fnmatch": .source(GlobSource.fnmatchSource),
        "glob": .source(GlobSource.globSource),
        "shutil": .source(ShutilSource.source),
    ]
}
