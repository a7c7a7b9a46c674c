import Testing
@testable import Garter

/// The run's global-lookup cache and the immortal builtins: both are invisible to programs,
/// so these tests check that what programs see stays exact where the cache's assumptions are
/// most stressed (code objects freed and their addresses reused while the globals live on).
struct RuntimeCacheTests {
    /// A session keeps one globals dict while each fed snippet's code object is freed after
    /// it runs, so later snippets' instructions and names can reuse earlier addresses.
    @Test func sessionSnippetsSeeEveryGlobalChange() throws {
        let session = Session()
        _ = try session.feed("def f():\n    return len('abc')\n")
        var seen: [PythonValue] = []
        for i in 0..<40 {
            switch i % 4 {
            case 0: _ = try session.feed("len = lambda s: -\(i)")
            case 1: _ = try session.feed("del len")
            case 2: _ = try session.feed("v\(i) = \(i)\ndef g\(i)():\n    return v\(i) + len('ab')")
            default: seen.append(try session.feed("g\(i - 1)()").value)
            }
            seen.append(try session.feed("f()").value)
        }
        var expected: [PythonValue] = []
        for i in 0..<40 {
            if i % 4 == 3 { expected.append(.int(i - 1 + 2)) }
            expected.append(.int(i % 4 == 0 ? -i : 3))
        }
        #expect(seen == expected)
    }

    /// A function keeps its module's globals: calling it after another snippet rebinds a
    /// builtin it uses, from a loop that has already cached the lookup, sees the change.
    @Test func loopSeesShadowingAddedMidway() throws {
        let result = try Program(source: """
            def total(n):
                out = []
                for i in range(n):
                    out.append(abs(-i))
                    if i == 2:
                        globals()['abs'] = lambda x: 'shadow'
                    if i == 4:
                        del globals()['abs']
                return out
            print(total(7))
            """).run()
        #expect(result.stdout == "[0, 1, 2, 'shadow', 'shadow', 5, 6]\n")
    }

    @Test func builtinsAndInternedNamesAreImmortal() throws {
        #expect(Immortal.isAvailable)
        guard case .object(let len)? = Builtins.shared.dict.getString("len") else {
            Issue.record("no len")
            return
        }
        #expect(Immortal.isImmortal(len))
        #expect(Immortal.isImmortal(Builtins.shared.list))
        #expect(Immortal.isImmortal(Builtins.shared.list.dict))
        let name = Interned.str("runtime_cache_test_name")
        #expect(Immortal.isImmortal(name))
        // Retains and releases leave an immortal object's count word untouched.
        let word = Unmanaged.passUnretained(name).toOpaque().advanced(by: 8).assumingMemoryBound(to: UInt64.self)
        let before = word.pointee
        _ = Unmanaged.passUnretained(name).retain()
        Unmanaged.passUnretained(name).release()
        Unmanaged.passUnretained(name).release()
        #expect(word.pointee == before)
        // An immortal object is never reported as uniquely referenced, so code that reuses
        // an object in place when nobody else holds it (ReusableTuple) leaves it alone.
        var sole = Immortal.made(PyTuple([.int(1)]))
        #expect(!isKnownUniquelyReferenced(&sole))
        // Objects made by runs are counted as usual.
        #expect(!Immortal.isImmortal(PyList([])))
        #expect(!Immortal.isImmortal(PyStr("not interned")))
    }

    /// The cache entry numbers of every instruction that uses `kinds`, in code order.
    private func cacheSlots(_ code: CodeObject, _ kinds: Set<Opcode>) -> [UInt16] {
        SnapshotEncoder.codeTable(code).flatMap { c in
            (0..<c.instructionCount).compactMap { kinds.contains(c.instructions[$0].opcode) ? c.instructions[$0].cacheSlot : nil }
        }
    }

    /// Every attribute and global site of a compilation has a cache entry of its own, and a
    /// later compilation's sites (a session's next input) follow on from the earlier ones:
    /// two hot sites never evict each other's entry at every execution, wherever their code
    /// lands in memory.
    @Test func cacheSitesHaveEntriesOfTheirOwn() throws {
        let attributeOps: Set<Opcode> = [.loadAttr, .loadMethod, .storeAttr, .loadFastAttr, .loadFastMethod, .loadFastStoreAttr]
        var source = "class P:\n    pass\n"
        for f in 0..<40 {
            source += "def f\(f)(p, q):\n    p.a\(f) = q.b\n    p.m(q.c, P, len)\n    return p.d.e\(f) + g\(f)\n"
        }
        let first = try Compiler.compile(source: source, filename: "<a>")
        let second = try Compiler.compile(source: "def h(p):\n    return p.x + p.y + P + len(p)\n", filename: "<b>")
        let attributes = cacheSlots(first, attributeOps)
        let globals = cacheSlots(first, [.loadGlobal])
        // 11 per function: a fused `LOAD_FAST` + attribute instruction and the attribute
        // instruction after it (taken when the fused fast path misses) each have an entry.
        #expect(attributes.count == 40 * 11)
        #expect(globals.count == 40 * 3)
        #expect(Set(attributes.map { Int($0) % AttributeCacheEntry.count }).count == attributes.count)
        #expect(Set(globals.map { Int($0) % GlobalCacheEntry.count }).count == globals.count)
        let laterAttributes = cacheSlots(second, attributeOps)
        let laterGlobals = cacheSlots(second, [.loadGlobal])
        #expect(laterAttributes.count == 4 && laterGlobals.count == 2)
        #expect(Set(laterAttributes).isDisjoint(with: attributes))
        #expect(Set(laterGlobals).isDisjoint(with: globals))
    }
}
