// Compiles a parsed pattern into the instructions run by `ReMatcher`.

/// A single-character test.
enum ReCharTest {
    case char(UInt32)
    case notChar(UInt32)
    /// `.` without DOTALL: anything but `\n`.
    case any
    case anyAll
    case set(Int)
}

/// One instruction of a compiled pattern.
enum ReOp {
    case test(ReCharTest)
    case at(ReAt, unicode: Bool)
    /// Records the current position in capture slot `slot` (2g = start, 2g+1 = end of group g).
    case save(Int)
    /// Continues at the next instruction, trying `alternative` on backtracking.
    case split(alternative: Int)
    /// Continues at `target`, trying the next instruction on backtracking.
    case splitLazy(target: Int)
    case jump(Int)
    /// A repeat of a single-character test.
    case repeatOne(ReCharTest, min: Int, max: Int, kind: ReRepeatKind)
    /// Starts a general repeat (sre `REPEAT`): resets its counter and falls into the `until`.
    case repeatInit(Int)
    /// sre `MAX_UNTIL` / `MIN_UNTIL`: decides whether to run the body (which follows) again.
    case repeatUntil(Int, min: Int, max: Int, lazy: Bool, tail: Int)
    case groupRef(Int, ignoreCase: Bool, unicode: Bool)
    /// Continues if group `group` matched, else at `no`.
    case groupExists(Int, no: Int)
    /// Lookahead/lookbehind; `end` is the instruction after the matching `lookEnd`.
    case lookStart(behind: Bool, negated: Bool, width: Int, end: Int)
    case lookEnd
    case atomicStart
    case atomicEnd
    case match
}

/// A compiled pattern: immutable, shareable between threads.
final class ReProgram: @unchecked Sendable {
    let ops: [ReOp]
    let classes: [ReCharClass]
    /// The classes' Latin-1 membership bitmaps, 4 words per class.
    let bitmaps: [UInt64]
    /// Number of capturing groups.
    let groups: Int
    let repeatCount: Int
    /// The fewest characters any match consumes.
    let minWidth: Int
    /// The pattern can only match where it starts (`^` without MULTILINE, `\A`).
    let anchored: Bool
    /// Every match starts with a character passing this test.
    let firstTest: ReCharTest?

    /// The tables in memory owned by the program, read by the matcher without copies.
    let code: ReCode
    private let opsStorage: UnsafeMutableBufferPointer<ReOp>
    private let classStorage: UnsafeMutableBufferPointer<ReCharClass>
    private let bitmapStorage: UnsafeMutableBufferPointer<UInt64>

    deinit {
        UnsafeMutableBufferPointer(rebasing: opsStorage[0..<ops.count]).deinitialize()
        opsStorage.deallocate()
        UnsafeMutableBufferPointer(rebasing: classStorage[0..<classes.count]).deinitialize()
        classStorage.deallocate()
        bitmapStorage.deallocate()
    }

    init(ops: [ReOp], classes: [ReCharClass], groups: Int, repeatCount: Int, minWidth: Int) {
        self.ops = ops
        self.classes = classes
        self.bitmaps = classes.flatMap { $0.latin1 }
        opsStorage = .allocate(capacity: Swift.max(ops.count, 1))
        _ = opsStorage.initialize(from: ops)
        classStorage = .allocate(capacity: Swift.max(classes.count, 1))
        _ = classStorage.initialize(from: classes)
        bitmapStorage = .allocate(capacity: Swift.max(bitmaps.count, 1))
        _ = bitmapStorage.initialize(from: bitmaps)
        code = ReCode(ops: UnsafeBufferPointer(rebasing: opsStorage[0..<ops.count]),
                      classes: UnsafeBufferPointer(rebasing: classStorage[0..<classes.count]),
                      bitmaps: UnsafeBufferPointer(rebasing: bitmapStorage[0..<bitmaps.count]))
        self.groups = groups
        self.repeatCount = repeatCount
        self.minWidth = minWidth
        var i = 0
        var anchored = false
        var first: ReCharTest? = nil
        scan: while i < ops.count {
            switch ops[i] {
            case .save: i += 1
            case .at(.beginning, _), .at(.beginningString, _): anchored = true; break scan
            case .test(let t): first = t; break scan
            case .repeatOne(let t, let mn, _, _) where mn > 0: first = t; break scan
            default: break scan
            }
        }
        self.anchored = anchored
        if case .anyAll? = first { first = nil }
        self.firstTest = first
    }
}

/// A compiled regular expression: the program plus what `re` exposes about it.
final class ReCompiled: @unchecked Sendable {
    let pattern: String
    let flags: Int
    let program: ReProgram
    let groupNames: [(String, Int)]

    var groups: Int { program.groups }

    init(pattern: String, flags: Int, program: ReProgram, groupNames: [(String, Int)]) {
        self.pattern = pattern
        self.flags = flags
        self.program = program
        self.groupNames = groupNames
    }

    /// Compiles `pattern` with `flags` (CPython's `re._compiler.compile`).
    static func compile(_ pattern: String, flags: Int) throws(ReCompileError) -> ReCompiled {
        let cps = pattern.unicodeScalars.map { $0.value }
        let parsed = try ReParser.parse(cps, flags: flags)
        var c = ReCompiler(widths: ReWidth(groupWidths: parsed.groupWidths))
        try c.compile(parsed.nodes, flags: parsed.flags)
        c.ops.append(.match)
        let minWidth = ReWidth(groupWidths: parsed.groupWidths).width(parsed.nodes).0
        let program = ReProgram(ops: c.ops, classes: c.classes, groups: parsed.groups, repeatCount: c.repeats, minWidth: minWidth)
        return ReCompiled(pattern: pattern, flags: parsed.flags, program: program, groupNames: parsed.groupNames)
    }
}

struct ReCompiler {
    var ops: [ReOp] = []
    var classes: [ReCharClass] = []
    var repeats = 0
    let widths: ReWidth

    init(widths: ReWidth) {
        self.widths = widths
    }

    static func combine(_ flags: Int, _ add: Int, _ del: Int) -> Int {
        var f = flags
        if add & ReFlag.typeFlags != 0 { f &= ~ReFlag.typeFlags }
        return (f | add) & ~del
    }

    @discardableResult
    mutating func emit(_ op: ReOp) -> Int {
        ops.append(op)
        return ops.count - 1
    }

    mutating func addClass(_ items: [ReSetItem], negated: Bool, flags: Int) -> Int {
        classes.append(ReCharClass(items: items, negated: negated, ignoreCase: flags & ReFlag.ignoreCase != 0,
                                   unicode: flags & ReFlag.ascii == 0))
        return classes.count - 1
    }

    /// The single-character test for a node, if it is one.
    mutating func charTest(_ node: ReNode, flags: Int) -> ReCharTest? {
        let ignore = flags & ReFlag.ignoreCase != 0
        let unicode = flags & ReFlag.ascii == 0
        switch node {
        case .literal(let c):
            if ignore && ReUnicode.isCased(c, unicode: unicode) {
                return .set(addClass([.literal(c)], negated: false, flags: flags))
            }
            return .char(c)
        case .notLiteral(let c):
            if ignore && ReUnicode.isCased(c, unicode: unicode) {
                return .set(addClass([.literal(c)], negated: true, flags: flags))
            }
            return .notChar(c)
        case .any:
            return flags & ReFlag.dotAll != 0 ? .anyAll : .any
        case .set(let items, let negated):
            if !negated && !ignore, items.count == 1, case .literal(let c) = items[0] { return .char(c) }
            return .set(addClass(items, negated: negated, flags: flags))
        default:
            return nil
        }
    }

    mutating func compile(_ nodes: [ReNode], flags: Int) throws(ReCompileError) {
        for n in nodes { try compileNode(n, flags: flags) }
    }

    mutating func compileNode(_ node: ReNode, flags: Int) throws(ReCompileError) {
        guard StackGuard.hasRoom() else {
            throw ReCompileError("maximum recursion depth exceeded", kind: .recursionError)
        }
        if let t = charTest(node, flags: flags) {
            emit(.test(t))
            return
        }
        switch node {
        case .literal, .notLiteral, .any, .set:
            break  // handled by charTest
        case .at(let a):
            var at = a
            if flags & ReFlag.multiline != 0 {
                if a == .beginning { at = .beginningLine }
                if a == .end { at = .endLine }
            }
            emit(.at(at, unicode: flags & ReFlag.ascii == 0))
        case .branch(let alts):
            var jumps: [Int] = []
            for (i, alt) in alts.enumerated() {
                let isLast = i == alts.count - 1
                var split = -1
                if !isLast { split = emit(.split(alternative: -1)) }
                try compile(alt, flags: flags)
                if !isLast {
                    jumps.append(emit(.jump(-1)))
                    ops[split] = .split(alternative: ops.count)
                }
            }
            for j in jumps { ops[j] = .jump(ops.count) }
        case .subpattern(let group, let add, let del, let p):
            let f = ReCompiler.combine(flags, add, del)
            if let g = group { emit(.save(2 * g)) }
            try compile(p, flags: f)
            if let g = group { emit(.save(2 * g + 1)) }
        case .atomic(let p):
            emit(.atomicStart)
            try compile(p, flags: flags)
            emit(.atomicEnd)
        case .repeatNode(let mn, let mx, let kind, let p):
            try compileRepeat(mn, mx, kind, p, flags: flags)
        case .groupRef(let g):
            emit(.groupRef(g, ignoreCase: flags & ReFlag.ignoreCase != 0, unicode: flags & ReFlag.ascii == 0))
        case .groupRefExists(let g, let yes, let no):
            let test = emit(.groupExists(g, no: -1))
            try compile(yes, flags: flags)
            if let no {
                let j = emit(.jump(-1))
                ops[test] = .groupExists(g, no: ops.count)
                try compile(no, flags: flags)
                ops[j] = .jump(ops.count)
            } else {
                ops[test] = .groupExists(g, no: ops.count)
            }
        case .assertion(let behind, let negated, let p):
            var width = 0
            if behind {
                let (lo, hi) = widths.width(p)
                if lo > 4_294_967_295 { throw ReCompileError("looks too much behind") }
                if lo != hi { throw ReCompileError("look-behind requires fixed-width pattern") }
                width = lo
            }
            let start = emit(.lookStart(behind: behind, negated: negated, width: width, end: -1))
            try compile(p, flags: flags)
            emit(.lookEnd)
            ops[start] = .lookStart(behind: behind, negated: negated, width: width, end: ops.count)
        }
    }

    mutating func compileRepeat(_ mn: Int, _ mx: Int, _ kind: ReRepeatKind, _ p: [ReNode], flags: Int) throws(ReCompileError) {
        if mx == 0 { return }
        // sre's `_simple`: one character, possibly inside non-capturing groups with flags.
        var single = p
        var singleFlags = flags
        while single.count == 1, case .subpattern(nil, let add, let del, let inner) = single[0] {
            single = inner
            singleFlags = ReCompiler.combine(singleFlags, add, del)
        }
        if single.count == 1, let t = charTest(single[0], flags: singleFlags) {
            emit(.repeatOne(t, min: mn, max: mx, kind: kind))
            return
        }
        if kind == .possessive {
            emit(.atomicStart)
            try compileRepeat(mn, mx, .greedy, p, flags: flags)
            emit(.atomicEnd)
            return
        }
        if mn == 0 && mx == 1 {
            // `x?` / `x??`: the body runs at most once, so no counter is needed.
            if kind == .lazy {
                let s = emit(.splitLazy(target: -1))
                try compile(p, flags: flags)
                ops[s] = .splitLazy(target: ops.count)
            } else {
                let s = emit(.split(alternative: -1))
                try compile(p, flags: flags)
                ops[s] = .split(alternative: ops.count)
            }
            return
        }
        let r = repeats
        repeats += 1
        emit(.repeatInit(r))
        let until = emit(.repeatUntil(r, min: mn, max: mx, lazy: kind == .lazy, tail: -1))
        try compile(p, flags: flags)
        emit(.jump(until))
        ops[until] = .repeatUntil(r, min: mn, max: mx, lazy: kind == .lazy, tail: ops.count)
    }
}
