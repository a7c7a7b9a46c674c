import Foundation
import Testing
@testable import Garter

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The virtual OS: files through ``OSAccess`` (in memory and host mounts), environment, clock,
/// randomness and sleep policies. Mount tests use real temporary host directories.
struct VirtualOSTests {
    /// A temporary host directory tree, removed when the test ends.
    final class HostDir {
        let url: URL
        var path: String { url.path }

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("garter-vos-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ rel: String, _ text: String) throws {
            let u = url.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: u)
        }

        func read(_ rel: String) -> String? {
            guard let d = FileManager.default.contents(atPath: url.appendingPathComponent(rel).path) else { return nil }
            return String(decoding: d, as: UTF8.self)
        }

        func exists(_ rel: String) -> Bool {
            var st = stat()
            return lstat(url.appendingPathComponent(rel).path, &st) == 0
        }

        func symlink(_ rel: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent(rel).path, withDestinationPath: target)
        }

        func listing(_ rel: String = "") -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(rel).path)) ?? []).sorted()
        }
    }

    /// Runs `source`, returning its output, or `Type: message` of the uncaught exception.
    func run(_ source: String, _ os: OSConfiguration) -> String {
        do {
            let program = try Program.script(source: source, filename: "t.py")
            return try program.run(os: os).stdout
        } catch let e as PythonException {
            return e.stdout + e.summary
        } catch {
            return "\(error)"
        }
    }

    /// Prints the outcome of each line of `lines` (`ok <repr>` or `Type: message`).
    func attempts(_ lines: [String], _ os: OSConfiguration, setup: String = "") -> [String] {
        var src = setup + "\ndef _attempt(f):\n    try:\n        print('ok', repr(f()))\n    except BaseException as e:\n        print(type(e).__name__ + ': ' + str(e))\n"
        for l in lines { src += "_attempt(lambda: \(l))\n" }
        return run(src, os).split(separator: "\n").map(String.init)
    }

    // MARK: No provider

    @Test func withoutAProviderFilesRaisePermissionError() {
        let out = attempts([
            "open('/etc/passwd')", "open('x.txt', 'w')", "os.listdir('.')", "pathlib.Path('a.txt').read_text()",
            "os.stat('/')", "os.mkdir('d')", "io.open('x')",
        ], OSConfiguration(), setup: "import io, os, pathlib")
        let denied = "PermissionError: [Errno 1] Operation not permitted (no file system was given to the sandbox)"
        #expect(out == [
            denied + ": '/etc/passwd'", denied + ": 'x.txt'", denied + ": '.'", denied + ": 'a.txt'",
            denied + ": '/'", denied + ": 'd'", denied + ": 'x'",
        ])
        // Pure path functions and the virtual working directory still work.
        let pure = run("""
            import os, pathlib
            print(os.path.join('a', 'b'), os.path.splitext('x.tar.gz'), os.getcwd(), os.path.exists('/etc/passwd'))
            print(pathlib.PurePosixPath('/a/b.txt').with_suffix('.md'), repr(pathlib.Path('x') / 'y'))
            """, OSConfiguration())
        #expect(pure == "a/b ('x.tar', '.gz') / False\n/a/b.md PosixPath('x/y')\n")
    }

    @Test func processAndDescriptorFunctionsDoNotExist() {
        let out = attempts(["os.system", "os.popen", "os.fork", "os.execv", "os.spawnl", "os.kill", "os.getpid"],
                           OSConfiguration(), setup: "import os")
        #expect(out.allSatisfy { $0.hasPrefix("AttributeError: module 'os' has no attribute") })
        #expect(run("import subprocess", OSConfiguration()) == "ModuleNotFoundError: No module named 'subprocess'")
        #expect(attempts(["open(0)"], OSConfiguration()) == ["OSError: [Errno 9] Bad file descriptor"])
    }

    // MARK: In-memory file system

    @Test func inMemoryFileSystemAndChangeReport() throws {
        let files = VirtualFileSystem()
        try files.addFile("/seed/config.json", contents: Array("{\"a\": 1}".utf8))
        let os = OSConfiguration(files: files, workingDirectory: "/seed")
        let out = run("""
            import json, os
            cfg = json.load(open('config.json'))
            os.makedirs('out/reports')
            with open('out/reports/r.txt', 'w') as f:
                f.write('value=%d\\n' % cfg['a'])
            open('scratch.tmp', 'w').write('x')
            os.remove('scratch.tmp')
            with open('config.json', 'a') as f:
                f.write('\\n')
            print(sorted(os.listdir('.')), os.getcwd())
            """, os)
        #expect(out == "['config.json', 'out'] /seed\n")
        let changes = files.changes
        #expect(changes.map(\.path) == ["/seed/out/reports/r.txt", "/seed/config.json"])
        #expect(changes.map(\.kind) == [.created, .modified])
        #expect(changes.first?.contents == Array("value=1\n".utf8))
        #expect(changes.allSatisfy { $0.mountMode == nil && $0.hostPath == nil })
        #expect(files.contents(of: "/seed/config.json") == Array("{\"a\": 1}\n".utf8))
        files.resetChanges()
        #expect(files.changes.isEmpty)
    }

    @Test func memoryWriteLimit() throws {
        let files = VirtualFileSystem(writeLimit: 10)
        let out = attempts(["open('a.txt', 'w').write('12345')", "open('b.txt', 'w').write('123456')",
                            "len(open('a.txt').read())"], OSConfiguration(files: files))
        #expect(out == ["ok 5", "OSError: [Errno 122] Disk quota exceeded", "ok 5"])
        // A seek far past the end counts the gap; the cap on one in-memory file holds too.
        let big = attempts(["(lambda f: (f.seek(2**40), f.write(b'x')))(open('s.bin', 'wb'))"], OSConfiguration(files: VirtualFileSystem()))
        #expect(big == ["OSError: [Errno 27] File too large"])
    }

    // MARK: Host mounts

    @Test func readOnlyMountRefusesEveryChange() throws {
        let host = try HostDir()
        try host.write("data.csv", "a,b\n1,2\n")
        try host.write("sub/keep.txt", "keep")
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/data")
        let out = attempts([
            "open('/data/data.csv').read()", "open('/data/data.csv', 'w')", "open('/data/data.csv', 'a')",
            "open('/data/data.csv', 'r+')", "open('/data/new.txt', 'x')", "os.remove('/data/data.csv')",
            "os.mkdir('/data/newdir')", "os.rename('/data/data.csv', '/data/x.csv')", "os.rmdir('/data/sub')",
            "os.listdir('/data')", "pathlib.Path('/data/sub/keep.txt').write_text('changed')",
        ], OSConfiguration(files: files), setup: "import os, pathlib")
        #expect(out == [
            "ok 'a,b\\n1,2\\n'", "PermissionError: [Errno 13] Permission denied: '/data/data.csv'",
            "PermissionError: [Errno 13] Permission denied: '/data/data.csv'",
            "PermissionError: [Errno 13] Permission denied: '/data/data.csv'",
            "PermissionError: [Errno 13] Permission denied: '/data/new.txt'",
            "PermissionError: [Errno 13] Permission denied: '/data/data.csv'",
            "PermissionError: [Errno 13] Permission denied: '/data/newdir'",
            "PermissionError: [Errno 13] Permission denied: '/data/data.csv' -> '/data/x.csv'",
            "PermissionError: [Errno 13] Permission denied: '/data/sub'",
            "ok ['data.csv', 'sub']",
            "PermissionError: [Errno 13] Permission denied: '/data/sub/keep.txt'",
        ])
        #expect(host.read("data.csv") == "a,b\n1,2\n")
        #expect(host.read("sub/keep.txt") == "keep")
        #expect(host.listing() == ["data.csv", "sub"])
        #expect(files.changes.isEmpty)
    }

    @Test func readWriteMountWritesTheHost() throws {
        let host = try HostDir()
        try host.write("old.txt", "old")
        try host.write("gone.txt", "bye")
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/out", mode: .readWrite)
        let out = run("""
            import os
            os.chdir('/out')
            with open('report.md', 'w') as f:
                f.write('# Report\\n')
            with open('old.txt', 'a') as f:
                f.write('+new')
            os.remove('gone.txt')
            os.makedirs('a/b')
            open('a/b/c.txt', 'w').write('c')
            os.rename('a', 'renamed')
            print(sorted(os.listdir('.')), open('old.txt').read())
            """, OSConfiguration(files: files))
        #expect(out == "['old.txt', 'renamed', 'report.md'] old+new\n")
        #expect(host.read("report.md") == "# Report\n")
        #expect(host.read("old.txt") == "old+new")
        #expect(!host.exists("gone.txt"))
        #expect(host.read("renamed/b/c.txt") == "c")
        let byPath = Dictionary(uniqueKeysWithValues: files.changes.map { ($0.path, $0) })
        #expect(byPath["/out/report.md"]?.kind == .created)
        #expect(byPath["/out/old.txt"]?.kind == .modified)
        #expect(byPath["/out/gone.txt"]?.kind == .deleted)
        #expect(byPath["/out/renamed/b/c.txt"]?.kind == .created)
        #expect(byPath["/out/a/b/c.txt"] == nil)
        #expect(byPath["/out/report.md"]?.hostPath == URL(fileURLWithPath: host.path).resolvingSymlinksInPath().appendingPathComponent("report.md").path)
        #expect(byPath["/out/report.md"]?.mountMode == .readWrite)
    }

    @Test func overlayKeepsTheHostUntouchedAndReportsChanges() throws {
        let host = try HostDir()
        try host.write("a.txt", "original")
        try host.write("del.txt", "delete me")
        try host.write("dir/x.txt", "x")
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/repo", mode: .overlay)
        let out = run("""
            import os, pathlib
            root = pathlib.Path('/repo')
            (root / 'a.txt').write_text('changed')
            (root / 'new.txt').write_text('fresh')
            (root / 'del.txt').unlink()
            (root / 'dir' / 'x.txt').rename(root / 'moved.txt')
            os.rmdir('/repo/dir')
            os.makedirs('/repo/made/deeper')
            with open('/repo/moved.txt', 'a') as f:
                f.write('!')
            print(sorted(os.listdir('/repo')), (root / 'a.txt').read_text(), (root / 'moved.txt').read_text())
            print(os.path.exists('/repo/del.txt'), os.path.exists('/repo/dir'), sorted(p.name for p in root.rglob('*')))
            """, OSConfiguration(files: files))
        #expect(out == "['a.txt', 'made', 'moved.txt', 'new.txt'] changed x!\nFalse False ['a.txt', 'deeper', 'made', 'moved.txt', 'new.txt']\n")
        // The host directory is exactly as before.
        #expect(host.listing() == ["a.txt", "del.txt", "dir"])
        #expect(host.read("a.txt") == "original")
        #expect(host.read("del.txt") == "delete me")
        #expect(host.read("dir/x.txt") == "x")
        let byPath = Dictionary(uniqueKeysWithValues: files.changes.map { ($0.path, $0) })
        #expect(byPath["/repo/a.txt"]?.kind == .modified)
        #expect(byPath["/repo/a.txt"]?.contents == Array("changed".utf8))
        #expect(byPath["/repo/new.txt"]?.kind == .created)
        #expect(byPath["/repo/new.txt"]?.contents == Array("fresh".utf8))
        #expect(byPath["/repo/new.txt"]?.hostPath == nil)
        #expect(byPath["/repo/del.txt"]?.kind == .deleted)
        #expect(byPath["/repo/del.txt"]?.contents == nil)
        #expect(byPath["/repo/dir/x.txt"]?.kind == .deleted)
        #expect(byPath["/repo/moved.txt"]?.kind == .created)
        #expect(byPath["/repo/moved.txt"]?.contents == Array("x!".utf8))
        #expect(files.changes.allSatisfy { $0.mountMode == .overlay })
        // A second run on the same file system sees the overlay's state.
        #expect(run("print(open('/repo/a.txt').read())", OSConfiguration(files: files)) == "changed\n")
    }

    @Test func mountWriteLimit() throws {
        let host = try HostDir()
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/out", mode: .readWrite, writeLimit: 10)
        try files.mount(host: host.path, at: "/ov", mode: .overlay, writeLimit: 4)
        let out = attempts([
            "open('/out/a.txt', 'w').write('123456')", "open('/out/b.txt', 'w').write('123456')",
            "open('/ov/c.txt', 'w').write('12345')", "open('/ov/a.txt', 'a').write('')",
        ], OSConfiguration(files: files))
        #expect(out == ["ok 6", "OSError: [Errno 122] Disk quota exceeded", "OSError: [Errno 122] Disk quota exceeded",
                        "OSError: [Errno 122] Disk quota exceeded: '/ov/a.txt'"])
        #expect(host.read("a.txt") == "123456")
        #expect(host.read("b.txt") == "")
    }

    @Test func dotDotNeverLeavesAMount() throws {
        let parent = try HostDir()
        try parent.write("secret.txt", "top secret")
        try parent.write("data/inside.txt", "inside")
        try parent.write("data/sub/deep.txt", "deep")
        let files = VirtualFileSystem()
        try files.mount(host: parent.path + "/data", at: "/mnt/data", mode: .readWrite)
        let out = attempts([
            "open('/mnt/data/../secret.txt').read()", "open('/mnt/data/../../secret.txt').read()",
            "open('/mnt/data/sub/../../../../secret.txt').read()", "open('/mnt/data/sub/../inside.txt').read()",
            "os.listdir('/mnt/data/..')", "os.listdir('/mnt/data/../../..')",
            "open('/mnt/data/../escape.txt', 'w').write('x')", "os.path.exists('/mnt/data/../data/inside.txt')",
        ], OSConfiguration(files: files), setup: "import os")
        #expect(out == [
            "FileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/../secret.txt'",
            "FileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/../../secret.txt'",
            "FileNotFoundError: [Errno 2] No such file or directory: '/mnt/data/sub/../../../../secret.txt'",
            "ok 'inside'", "ok ['data']", "ok ['mnt']", "ok 1", "ok True",
        ])
        // The write above landed in memory at /mnt/escape.txt, not next to the host directory.
        #expect(parent.listing() == ["data", "secret.txt"])
        #expect(files.contents(of: "/mnt/escape.txt") == Array("x".utf8))
    }

    @Test func symbolicLinksMustStayInsideTheMount() throws {
        let parent = try HostDir()
        try parent.write("secret.txt", "top secret")
        try parent.write("data/real.txt", "real")
        try parent.write("data/dir/f.txt", "f")
        try parent.symlink("data/up", to: "../secret.txt")
        try parent.symlink("data/up2", to: "dir/../../secret.txt")
        try parent.symlink("data/abs", to: parent.path + "/secret.txt")
        try parent.symlink("data/etc", to: "/etc/passwd")
        try parent.symlink("data/ok", to: "real.txt")
        try parent.symlink("data/dirlink", to: "dir")
        try parent.symlink("data/dir/back", to: "../real.txt")
        try parent.symlink("data/loop1", to: "loop2")
        try parent.symlink("data/loop2", to: "loop1")
        try parent.symlink("data/dangling", to: "nothing-here")
        for mode in [MountMode.readOnly, .readWrite, .overlay] {
            let files = VirtualFileSystem()
            try files.mount(host: parent.path + "/data", at: "/d", mode: mode)
            let out = attempts([
                "open('/d/up').read()", "open('/d/up2').read()", "open('/d/abs').read()", "open('/d/etc').read()",
                "open('/d/ok').read()", "os.listdir('/d/dirlink')", "open('/d/dirlink/back').read()",
                "open('/d/loop1').read()", "open('/d/dangling').read()", "os.path.islink('/d/up')",
                "os.path.realpath('/d/dirlink/back')", "os.stat('/d/up')",
            ], OSConfiguration(files: files), setup: "import os")
            #expect(out == [
                "PermissionError: [Errno 13] Permission denied (symbolic link leads out of the mount): '/d/up'",
                "PermissionError: [Errno 13] Permission denied (symbolic link leads out of the mount): '/d/up2'",
                "PermissionError: [Errno 13] Permission denied (absolute symbolic links are not followed): '/d/abs'",
                "PermissionError: [Errno 13] Permission denied (absolute symbolic links are not followed): '/d/etc'",
                "ok 'real'", "ok ['back', 'f.txt']", "ok 'real'",
                "OSError: [Errno 40] Too many levels of symbolic links: '/d/loop1'",
                "FileNotFoundError: [Errno 2] No such file or directory: '/d/dangling'",
                "ok True", "ok '/d/real.txt'",
                "PermissionError: [Errno 13] Permission denied (symbolic link leads out of the mount): '/d/up'",
            ], "mode \(mode)")
        }
        // Removing a link removes the link, never its target.
        let files = VirtualFileSystem()
        try files.mount(host: parent.path + "/data", at: "/d", mode: .readWrite)
        #expect(run("import os\nos.remove('/d/up')\nos.remove('/d/abs')\nprint('ok')", OSConfiguration(files: files)) == "ok\n")
        #expect(parent.read("secret.txt") == "top secret")
    }

    @Test func nulBytesAndBadNamesAreRefused() throws {
        let host = try HostDir()
        try host.write("ok.txt", "ok")
        // A host name that is not UTF-8 is invisible to the sandbox.
        let bad = host.path + "/bad-\u{1}"
        var raw = Array(bad.utf8)
        raw[raw.count - 1] = 0xFF
        raw.append(0)
        let fd = raw.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { Glibc_open($0) } }
        if fd >= 0 { close(fd) }
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/h", mode: .readWrite)
        let out = attempts([
            "open('/h/ok\\x00.txt')", "os.stat('a\\x00b')", "os.listdir('/h')", "pathlib.Path('/h/x\\x00').exists()",
            "open('/h/' + 'n' * 300, 'w')", "open(b'/h/ok.txt').read()", "open(b'/h/\\xff')",
        ], OSConfiguration(files: files), setup: "import os, pathlib")
        #expect(out == [
            "ValueError: embedded null byte", "ValueError: embedded null byte", "ok ['ok.txt']", "ok False",
            "OSError: [Errno 36] File name too long: '/h/\(String(repeating: "n", count: 300))'", "ok 'ok'",
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte",
        ])
        #expect(throws: OSAccessError.self) { try files.status("/h/a\0b", followSymlinks: true) }
    }

    @Test func specialHostFilesCannotBeOpened() throws {
        let host = try HostDir()
        guard mkfifo(host.path + "/pipe", 0o644) == 0 else { return }
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/h", mode: .readWrite)
        let out = attempts(["open('/h/pipe').read()", "open('/h/pipe', 'w')", "os.path.exists('/h/pipe')"],
                           OSConfiguration(files: files), setup: "import os")
        #expect(out == ["PermissionError: [Errno 13] Permission denied (not a regular file): '/h/pipe'",
                        "PermissionError: [Errno 13] Permission denied (not a regular file): '/h/pipe'", "ok True"])
    }

    @Test func forgedFileAttributesCannotWriteReadOnlyFiles() throws {
        let host = try HostDir()
        try host.write("ro.txt", "read only")
        try host.write("ov.txt", "overlay original")
        let files = VirtualFileSystem()
        try files.mount(host: host.path, at: "/ro")
        try files.mount(host: host.path, at: "/ov", mode: .overlay)
        try files.mount(host: host.path, at: "/rw", mode: .readWrite)
        let out = attempts([
            "forge(open('/ro/ro.txt')).write('pwned')", "forge(open('/ov/ov.txt')).write('pwned')",
            "forge(open('/rw/ro.txt')).write('pwned')", "forge(open('/ro/ro.txt', 'rb')).truncate(0)",
            "_gos.write(open('/ro/ro.txt', 'rb'), b'x')",
        ], OSConfiguration(files: files), setup: "import _gos\ndef forge(f):\n    f._writable = True\n    f._flags |= 2\n    return f")
        #expect(out == Array(repeating: "OSError: [Errno 9] Bad file descriptor", count: 5))
        #expect(host.read("ro.txt") == "read only")
        #expect(host.read("ov.txt") == "overlay original")
    }

    /// A provider whose reads return at most 3 bytes per call.
    struct TrickleFiles: OSAccess {
        final class Handle: OpenFile {
            let data = [UInt8](repeating: 0x61, count: 200_000) + [0x0A]
            func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
                guard offset < data.count else { return [] }
                return Array(data[offset..<min(data.count, offset + min(count, 3))])
            }
            func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
            func size() throws(OSAccessError) -> Int { data.count }
            func truncate(to size: Int) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
            func close() {}
        }
        func status(_ path: String, followSymlinks: Bool) throws(OSAccessError) -> FileStatus { FileStatus(kind: .file, size: 200_001) }
        func listDirectory(_ path: String) throws(OSAccessError) -> [String] { [] }
        func createDirectory(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func removeFile(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func removeDirectory(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func rename(_ source: String, to destination: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func open(_ path: String, options: OpenOptions) throws(OSAccessError) -> any OpenFile { Handle() }
    }

    @Test func shortProviderReadsAreCompleted() {
        let out = run("""
            print(len(open('/x').read()), len(open('/x', 'rb').read(150000)), len(open('/x').readline()))
            f = open('/x', 'rb')
            f.seek(199998)
            print(f.read(), f.tell(), f.read())
            """, OSConfiguration(files: TrickleFiles()))
        #expect(out == "200001 150000 200001\nb'aa\\n' 200001 b''\n")
    }

    @Test func mountSetupErrors() throws {
        let files = VirtualFileSystem()
        #expect(throws: MountError.self) { try files.mount(host: "/definitely/not/here", at: "/x") }
        let host = try HostDir()
        #expect(throws: MountError.self) { try files.mount(host: host.path, at: "relative") }
        try files.mount(host: host.path, at: "/x")
        #expect(throws: MountError.self) { try files.mount(host: host.path, at: "/x/") }
        // Mount points cannot be removed or renamed.
        let out = attempts(["os.rmdir('/x')", "os.rename('/x', '/y')", "os.listdir('/')"], OSConfiguration(files: files), setup: "import os")
        #expect(out == ["OSError: [Errno 16] Device or resource busy: '/x'",
                        "OSError: [Errno 16] Device or resource busy: '/x' -> '/y'", "ok ['x']"])
    }

    @Test func renamesAcrossMountsFailWithEXDEV() throws {
        let a = try HostDir(), b = try HostDir()
        try a.write("f.txt", "f")
        let files = VirtualFileSystem()
        try files.mount(host: a.path, at: "/a", mode: .readWrite)
        try files.mount(host: b.path, at: "/b", mode: .readWrite)
        let out = attempts(["os.rename('/a/f.txt', '/b/f.txt')", "os.rename('/a/f.txt', '/mem.txt')"],
                           OSConfiguration(files: files), setup: "import os")
        #expect(out == ["OSError: [Errno 18] Invalid cross-device link: '/a/f.txt' -> '/b/f.txt'",
                        "OSError: [Errno 18] Invalid cross-device link: '/a/f.txt' -> '/mem.txt'"])
    }

    // MARK: A host-written provider

    /// A minimal read-only provider serving a dictionary of files.
    struct DictionaryFiles: OSAccess {
        let files: [String: String]

        final class Handle: OpenFile {
            let data: [UInt8]
            init(_ data: [UInt8]) { self.data = data }
            func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
                guard offset < data.count else { return [] }
                return Array(data[offset..<min(data.count, offset + count)])
            }
            func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
            func size() throws(OSAccessError) -> Int { data.count }
            func truncate(to size: Int) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
            func close() {}
        }

        func status(_ path: String, followSymlinks: Bool) throws(OSAccessError) -> FileStatus {
            if path == "/" { return FileStatus(kind: .directory) }
            guard let f = files[VirtualPath.normalize(path)] else { throw OSAccessError(.noSuchFileOrDirectory) }
            return FileStatus(kind: .file, size: f.utf8.count)
        }
        func listDirectory(_ path: String) throws(OSAccessError) -> [String] {
            guard VirtualPath.normalize(path) == "/" else { throw OSAccessError(.notADirectory) }
            return files.keys.map { String($0.dropFirst()) }.sorted()
        }
        func createDirectory(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func removeFile(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func removeDirectory(_ path: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func rename(_ source: String, to destination: String) throws(OSAccessError) { throw OSAccessError(.readOnlyFileSystem) }
        func open(_ path: String, options: OpenOptions) throws(OSAccessError) -> any OpenFile {
            if options.contains(.write) { throw OSAccessError(.readOnlyFileSystem) }
            guard let f = files[VirtualPath.normalize(path)] else { throw OSAccessError(.noSuchFileOrDirectory) }
            return Handle(Array(f.utf8))
        }
    }

    @Test func hostWrittenProvider() {
        let os = OSConfiguration(files: DictionaryFiles(files: ["/a.txt": "alpha\nbeta\n", "/b.txt": "b"]))
        let out = attempts(["open('a.txt').readlines()", "os.listdir()", "open('c.txt')", "open('a.txt', 'w')",
                            "pathlib.Path('b.txt').stat().st_size", "os.path.realpath('x/../a.txt')"],
                           os, setup: "import os, pathlib")
        #expect(out == ["ok ['alpha\\n', 'beta\\n']", "ok ['a.txt', 'b.txt']",
                        "FileNotFoundError: [Errno 2] No such file or directory: 'c.txt'",
                        "OSError: [Errno 30] Read-only file system: 'a.txt'", "ok 1", "ok '/a.txt'"])
    }

    // MARK: Policies

    @Test func environmentPolicy() {
        #expect(run("import os\nprint(dict(os.environ), os.getenv('HOME'))", OSConfiguration()) == "{} None\n")
        let os = OSConfiguration(environment: ["USER": "agent", "TOKEN": "t0"])
        #expect(run("import os\nprint(sorted(os.environ.items()), os.getenv('USER'), os.path.expanduser('~/x'))\nos.environ['USER'] = 'x'",
                    os) == "[('TOKEN', 't0'), ('USER', 'agent')] agent ~/x\n")
        // Changes stay inside the run.
        #expect(run("import os\nprint(os.environ['USER'])", os) == "agent\n")
        #expect(run("import os\nprint(os.path.expanduser('~/x'))", OSConfiguration(environment: ["HOME": "/home/agent"])) == "/home/agent/x\n")
    }

    /// A configuration is a value: its fields share one box until a copy is changed, and a
    /// change never shows through another copy (nor through the shared default).
    @Test func configurationsAreValues() {
        var a = OSConfiguration()
        let b = a
        a.environment["USER"] = "a"
        a.workingDirectory = "/work"
        a.arguments = ["prog.py"]
        a.random = .seeded(7)
        #expect(b.environment.isEmpty && b.workingDirectory == "/" && b.arguments.isEmpty && b.random == .system)
        #expect(OSConfiguration().environment.isEmpty && OSConfiguration.standard.workingDirectory == "/")
        var c = a
        c.environment["USER"] = "c"
        c.sleep = .virtual
        #expect(a.environment == ["USER": "a"] && c.environment == ["USER": "c"] && a.sleep == .real())
        #expect(a.arguments == ["prog.py"] && c.arguments == ["prog.py"] && c.workingDirectory == "/work")
        #expect(run("import os, sys\nprint(os.getcwd(), os.environ['USER'], sys.argv)", c) == "/work c ['prog.py']\n")
        #expect(run("import os, sys\nprint(os.getcwd(), dict(os.environ), sys.argv)", b) == "/ {} ['']\n")
    }

    @Test func clockPolicies() {
        let source = """
            import time, datetime
            print(time.time(), datetime.datetime.utcnow().isoformat(), datetime.date.today().isoformat())
            print(datetime.datetime.now(datetime.timezone.utc).isoformat(), time.gmtime().tm_year)
            """
        let fixed = OSConfiguration(clock: .fixed(1_700_000_000.25))
        #expect(run(source, fixed) == "1700000000.25 2023-11-14T22:13:20.250000 \(localDate(1_700_000_000))\n2023-11-14T22:13:20.250000+00:00 2023\n")
        #expect(run(source, fixed) == run(source, fixed))
        let counter = Counter()
        let callback = OSConfiguration(clock: .callback { counter.next() })
        #expect(run("import time\nprint(time.time(), time.time())", callback) == "100.0 101.0\n")
        // Hostile callbacks never trap.
        for bad in [Double.nan, .infinity, -.infinity, 1e300, -1e300] {
            let out = run("import time\nprint(type(time.time()).__name__)", OSConfiguration(clock: .callback { bad }))
            #expect(out == "float\n")
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 99.0
        func next() -> Double {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    func localDate(_ t: Double) -> String {
        var time = time_t(t)
        var tmv = tm()
        localtime_r(&time, &tmv)
        return String(format: "%04d-%02d-%02d", Int(tmv.tm_year) + 1900, Int(tmv.tm_mon) + 1, Int(tmv.tm_mday))
    }

    @Test func virtualSleepAdvancesTheClocks() {
        let os = OSConfiguration(clock: .fixed(1000), sleep: .virtual)
        let started = Date()
        let out = run("""
            import time, asyncio
            t0, m0 = time.time(), time.monotonic()
            time.sleep(3600)
            print(time.time() - t0, round(time.monotonic() - m0))
            async def main():
                await asyncio.sleep(60)
                await asyncio.gather(asyncio.sleep(10), asyncio.sleep(20))
            asyncio.run(main())
            print(time.time() - t0)
            """, os)
        #expect(out == "3600.0 3600\n3680.0\n")
        #expect(Date().timeIntervalSince(started) < 3)
        // Real sleeps are capped by the policy.
        let capped = Date()
        #expect(run("import time\ntime.sleep(30)\nprint('done')", OSConfiguration(sleep: .real(maxSeconds: 0.05))) == "done\n")
        #expect(Date().timeIntervalSince(capped) < 3)
    }

    /// An asyncio timer beyond the sleep cap is due when the capped wait ends (the loop used
    /// to spin until real time reached it). The time limit turns a spin into a failure.
    @Test func asyncioTimersBeyondTheSleepCapFire() throws {
        let program = try Program.script(source: """
            import asyncio, time
            async def main():
                t0 = time.monotonic()
                await asyncio.sleep(10**6)
                return time.monotonic() - t0 >= 10**6
            print(asyncio.run(main()))
            """, filename: "t.py")
        for cap in [0.0, 0.01] {
            let r = try program.run(timeLimit: 10, os: OSConfiguration(sleep: .real(maxSeconds: cap)))
            #expect(r.stdout == "True\n")
        }
    }

    @Test func seededRandomnessIsDeterministic() {
        let source = """
            import random, uuid, os, secrets
            print(random.random(), random.randint(1, 10**9), random.Random().random())
            print(uuid.uuid4(), os.urandom(4).hex(), secrets.token_hex(4))
            """
        let a = run(source, OSConfiguration(random: .seeded(7)))
        #expect(a == run(source, OSConfiguration(random: .seeded(7))))
        #expect(a != run(source, OSConfiguration(random: .seeded(8))))
        #expect(run(source, OSConfiguration()) != run(source, OSConfiguration()))
        // An explicit seed still gives CPython's sequence.
        #expect(run("import random\nrandom.seed(1)\nprint(random.random())", OSConfiguration(random: .seeded(7))) == "0.13436424411240122\n")
    }

    // MARK: Host API wiring

    @Test func snapshotRestoresWorkingDirectoryAndOpenFiles() throws {
        let files = VirtualFileSystem()
        try files.addDirectory("/work")
        let os = OSConfiguration(files: files, workingDirectory: "/", random: .seeded(5), sleep: .virtual)
        let program = try Program.script(source: """
            import os, time, random
            os.chdir('/work')
            time.sleep(50)
            f = open('log.txt', 'w')
            f.write('before;')
            r = open('log.txt')
            print(r.read(3))
            x = fetch()
            f.write('after=%s;' % x)
            f.close()
            print(r.read(), os.getcwd(), time.monotonic() > 49, len(os.urandom(2)))
            """, filename: "snap.py")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")], os: os) else {
            Issue.record("no pause")
            return
        }
        let bytes = try paused.serialized()
        let restored = try PausedExecution(serialized: bytes, os: os)
        guard case .complete(let result) = try restored.resume(.value(.int(42))) else {
            Issue.record("no completion")
            return
        }
        #expect(result.stdout == "bef\nore;after=42; /work True 2\n")
        #expect(files.contents(of: "/work/log.txt") == Array("before;after=42;".utf8))
        // Restored without files, the reopen fails cleanly.
        let bare = try PausedExecution(serialized: bytes)
        do {
            _ = try bare.resume(.value(.int(1)))
            Issue.record("expected an exception")
        } catch let e as PythonException {
            #expect(e.typeName == "PermissionError")
        }
    }

    @Test func sessionsAndRunnersTakeTheConfiguration() async throws {
        let files = VirtualFileSystem()
        let session = Session(os: OSConfiguration(files: files, environment: ["K": "v"]))
        _ = try await session.feed("open('/s.txt', 'w').write('session')")
        #expect(try await session.feed("import os\nopen('/s.txt').read() + os.environ['K']").value == .string("sessionv"))
        // A saved session keeps its working directory; files come from the restorer.
        _ = try await session.feed("os.chdir('/')\nos.mkdir('/sub')\nos.chdir('/sub')")
        let restored = try Session(serialized: try session.serialized(), os: OSConfiguration(files: files))
        #expect(try await restored.feed("os.getcwd(), os.listdir('/')").value == .tuple([.string("/sub"), .list([.string("s.txt"), .string("sub")])]))
        let program = try Program(source: "open('/s.txt').read().upper()")
        #expect(try syncRun(program, OSConfiguration(files: files)) == .string("SESSION"))
        let asyncResult = try await program.run(functions: [], os: OSConfiguration(files: files))
        #expect(asyncResult.value == .string("SESSION"))
        #expect(try program.run(os: OSConfiguration(files: files)).value == .string("SESSION"))
    }

    func syncRun(_ program: Program, _ os: OSConfiguration) throws -> PythonValue {
        try program.run(functions: [], os: os).value
    }

    @Test func concurrentRunsShareOneFileSystemSafely() async throws {
        let files = VirtualFileSystem()
        let program = try Program(source: """
            import os
            os.makedirs('/runs', exist_ok=True)
            with open('/runs/%d.txt' % n, 'w') as f:
                for i in range(200):
                    f.write('%d\\n' % i)
            sum(1 for _ in open('/runs/%d.txt' % n))
            """)
        try await withThrowingTaskGroup(of: PythonValue.self) { group in
            for n in 0..<8 {
                group.addTask { try await program.run(inputs: ["n": .int(n)], functions: [], os: OSConfiguration(files: files)).value }
            }
            for try await v in group { #expect(v == .int(200)) }
        }
        #expect(files.changes.count == 8)
    }

    @Test func manyUnclosedFilesHitTheOpenFileLimit() {
        let out = run("""
            fs = []
            try:
                for i in range(2000):
                    fs.append(open('/f%d' % i, 'w'))
            except OSError as e:
                print(len(fs), e)
            """, OSConfiguration(files: VirtualFileSystem()))
        #expect(out == "1024 [Errno 24] Too many open files: '/f1024'\n")
    }
}

#if canImport(Glibc)
private func Glibc_open(_ path: UnsafePointer<CChar>) -> Int32 { Glibc.open(path, O_CREAT | O_WRONLY, 0o644) }
#elseif canImport(Darwin)
private func Glibc_open(_ path: UnsafePointer<CChar>) -> Int32 { Darwin.open(path, O_CREAT | O_WRONLY, 0o644) }
#endif
