// The backtracking matcher: runs a compiled program over code points with an explicit
// backtracking stack (no Swift recursion), checking the time limit periodically and capping
// its memory.

/// Code points the matcher reads.
protocol ReInput {
    var count: Int { get }
    subscript(_ i: Int) -> UInt32 { get }
}

/// An ASCII string as bytes.
struct ReASCIIInput: ReInput {
    let base: UnsafeBufferPointer<UInt8>
    var count: Int { base.count }
    @inline(__always) subscript(_ i: Int) -> UInt32 { UInt32(base[i]) }
}

/// Any string as code points.
struct ReScalarInput: ReInput {
    let base: UnsafeBufferPointer<Unicode.Scalar>
    var count: Int { base.count }
    @inline(__always) subscript(_ i: Int) -> UInt32 { base[i].value }
}

/// An entry of the backtracking stack.
struct ReFrame {
    var tag: Int32
    var a: Int32
    var b: Int

    static let choice: Int32 = 0
    static let undoSlot: Int32 = 1
    static let undoRegister: Int32 = 2
    static let undoLastIndex: Int32 = 3
    /// Start position of a single-character repeat (below its greedy/lazy entry).
    static let data: Int32 = 4
    static let repeatGreedy: Int32 = 5
    static let repeatLazy: Int32 = 6
    static let barrier: Int32 = 7
    static let lazyUntil: Int32 = 8

    @inline(__always) var isUndo: Bool { tag >= 1 && tag <= 3 }
}

/// The program's tables, borrowed for the duration of a run.
struct ReCode {
    let ops: UnsafeBufferPointer<ReOp>
    let classes: UnsafeBufferPointer<ReCharClass>
    let bitmaps: UnsafeBufferPointer<UInt64>
}

/// The matcher's working arrays, moved out of the matcher for a run.
struct ReState {
    var stack: [ReFrame] = []
    var slots: [Int] = []
    var regs: [Int] = []
    var steps = 0
}

/// Runs a program. One matcher is reused for the successive searches of `findall`, `sub`, ...
final class ReMatcher {
    let program: ReProgram
    /// After a successful match: 2 slots per group (group 0 = the whole match), -1 when unset.
    private(set) var slots: [Int]
    /// After a successful match: the last group closed, or -1.
    private(set) var lastIndex = -1
    private var stack: [ReFrame] = []
    private var registers: [Int]
    /// Steps left before the next time-limit check.
    private var steps = ReMatcher.checkInterval
    static let checkInterval = 4096
    private let checkpoint: () throws(PythonError) -> Void

    /// Maximum backtracking entries (16 bytes each): 128 MB.
    static let defaultMaxStack = 8_000_000
    var maxStack = ReMatcher.defaultMaxStack

    init(program: ReProgram, checkpoint: @escaping () throws(PythonError) -> Void) {
        self.program = program
        self.checkpoint = checkpoint
        slots = [Int](repeating: -1, count: 2 * (program.groups + 1))
        registers = [Int](repeating: -1, count: 2 * program.repeatCount)
    }

    /// Matches at `start` only (`match`, `fullmatch` with `matchAll`) or scans forward from
    /// `start` (`search`). `end` is the exclusive end the pattern sees (`endpos`).
    func run<T: ReInput>(_ text: T, start: Int, end: Int, search: Bool, matchAll: Bool = false,
                         mustAdvance: Bool = false) throws(PythonError) -> Bool {
        let end = Swift.max(0, Swift.min(end, text.count))
        // Like sre, a search never starts past `end`, but a match attempt does (and can
        // only succeed with an empty match).
        if start < 0 || start > text.count || (search && start > end) { return false }
        return try scan(text, program.code, start: start, end: end, search: search, matchAll: matchAll,
                        mustAdvance: mustAdvance)
    }

    private func scan<T: ReInput>(_ text: T, _ code: ReCode, start: Int, end: Int, search: Bool, matchAll: Bool,
                                  mustAdvance: Bool) throws(PythonError) -> Bool {
        var state = ReState()
        swap(&state.stack, &self.stack)
        swap(&state.slots, &self.slots)
        swap(&state.regs, &self.registers)
        state.steps = steps
        defer {
            state.stack.removeAll(keepingCapacity: true)
            swap(&state.stack, &self.stack)
            swap(&state.slots, &self.slots)
            swap(&state.regs, &self.registers)
            steps = state.steps
        }
        let p = program
        if !search || p.anchored {
            return try attempt(text, code, &state, start, end, matchAll: matchAll, mustAdvance: mustAdvance)
        }
        if end - start < p.minWidth { return false }
        let lastStart = end - p.minWidth
        var s = start
        while s <= lastStart {
            if let t = p.firstTest {
                while s <= lastStart && !ReMatcher.test(t, text[s], code.classes, code.bitmaps) {
                    s += 1
                    state.steps &-= 1
                    if state.steps <= 0 {
                        state.steps = ReMatcher.checkInterval
                        try checkpoint()
                    }
                }
                if s > lastStart { return false }
            }
            if try attempt(text, code, &state, s, end, matchAll: matchAll, mustAdvance: mustAdvance && s == start) {
                return true
            }
            s += 1
        }
        return false
    }

    @inline(__always)
    private static func test(_ t: ReCharTest, _ c: UInt32, _ classes: UnsafeBufferPointer<ReCharClass>,
                             _ bitmaps: UnsafeBufferPointer<UInt64>) -> Bool {
        switch t {
        case .char(let x): return c == x
        case .notChar(let x): return c != x
        case .any: return c != 0x0A
        case .anyAll: return true
        case .set(let i):
            if c < 256 { return bitmaps[i &* 4 &+ Int(c >> 6)] & (UInt64(1) << UInt64(c & 63)) != 0 }
            return classes[i].slowContains(c)
        }
    }

    @inline(__always)
    private static func at<T: ReInput>(_ a: ReAt, _ unicode: Bool, _ text: T, _ pos: Int, _ end: Int) -> Bool {
        switch a {
        case .beginning, .beginningString:
            return pos == 0
        case .beginningLine:
            return pos == 0 || text[pos - 1] == 0x0A
        case .end:
            return pos == end || (pos + 1 == end && text[pos] == 0x0A)
        case .endLine:
            return pos == end || (pos < text.count && text[pos] == 0x0A)
        case .endString:
            return pos == end
        case .boundary, .nonBoundary:
            if end == 0 { return false }
            let before = pos > 0 && ReUnicode.isWord(text[pos - 1], unicode: unicode)
            let after = pos < end && ReUnicode.isWord(text[pos], unicode: unicode)
            return a == .boundary ? before != after : before == after
        }
    }

    private func stackOverflow() -> PythonError {
        VM.makeErrorStatic(Builtins.shared.memoryError, "regular expression backtracking needs too much memory")
    }

    /// Sets register `r` to `v`, recording the old value for backtracking when there is a
    /// choice to return to. A static function: a nested one capturing `stack` and `regs`
    /// made every access to them a dynamically checked (exclusivity) access.
    @inline(__always)
    private static func setRegister(_ stack: inout [ReFrame], _ regs: inout [Int], _ r: Int, _ v: Int) {
        if !stack.isEmpty { stack.append(ReFrame(tag: ReFrame.undoRegister, a: Int32(truncatingIfNeeded: r), b: regs[r])) }
        regs[r] = v
    }

    /// One match attempt at `start`.
    private func attempt<T: ReInput>(_ text: T, _ code: ReCode, _ state: inout ReState, _ start: Int, _ end: Int,
                                     matchAll: Bool, mustAdvance: Bool) throws(PythonError) -> Bool {
        let ops = code.ops, classes = code.classes, bitmaps = code.bitmaps
        let maxStack = self.maxStack
        var stack: [ReFrame] = []
        var slots: [Int] = []
        var regs: [Int] = []
        swap(&stack, &state.stack)
        swap(&slots, &state.slots)
        swap(&regs, &state.regs)
        var steps = state.steps
        defer {
            stack.removeAll(keepingCapacity: true)
            swap(&stack, &state.stack)
            swap(&slots, &state.slots)
            swap(&regs, &state.regs)
            state.steps = steps
        }
        for i in 0..<slots.count { slots[i] = -1 }
        var lastIndex = -1
        var pos = start
        var pc = 0

        run: while true {
            steps &-= 1
            if steps <= 0 {
                steps = ReMatcher.checkInterval
                try checkpoint()
                if stack.count > maxStack { throw stackOverflow() }
            }
            switch ops[pc] {
            case .test(let t):
                if pos < end && ReMatcher.test(t, text[pos], classes, bitmaps) {
                    pos += 1
                    pc += 1
                    continue run
                }
            case .at(let a, let unicode):
                if ReMatcher.at(a, unicode, text, pos, end) {
                    pc += 1
                    continue run
                }
            case .save(let slot):
                if !stack.isEmpty { stack.append(ReFrame(tag: ReFrame.undoSlot, a: Int32(truncatingIfNeeded: slot), b: slots[slot])) }
                slots[slot] = pos
                if slot & 1 == 1 {
                    let g = slot >> 1
                    if lastIndex != g {
                        if !stack.isEmpty { stack.append(ReFrame(tag: ReFrame.undoLastIndex, a: 0, b: lastIndex)) }
                        lastIndex = g
                    }
                }
                pc += 1
                continue run
            case .split(let alternative):
                stack.append(ReFrame(tag: ReFrame.choice, a: Int32(truncatingIfNeeded: alternative), b: pos))
                pc += 1
                continue run
            case .splitLazy(let target):
                stack.append(ReFrame(tag: ReFrame.choice, a: Int32(truncatingIfNeeded: pc + 1), b: pos))
                pc = target
                continue run
            case .jump(let target):
                pc = target
                continue run
            case .repeatOne(let t, let mn, let mx, let kind):
                let avail = end - pos
                // sre fails here when fewer than `min` characters remain (always past `end`).
                if avail < mn || avail < 0 { break }
                let limit = mx < avail ? mx : avail
                var n = 0
                if kind == .lazy {
                    while n < mn && n < limit && ReMatcher.test(t, text[pos + n], classes, bitmaps) { n += 1 }
                    if n < mn { break }
                    if n < limit {
                        stack.append(ReFrame(tag: ReFrame.data, a: 0, b: pos))
                        stack.append(ReFrame(tag: ReFrame.repeatLazy, a: Int32(truncatingIfNeeded: pc), b: n))
                    }
                } else {
                    switch t {
                    case .anyAll:
                        n = limit
                    default:
                        while n < limit && ReMatcher.test(t, text[pos + n], classes, bitmaps) { n += 1 }
                    }
                    steps &-= n >> 3
                    if n < mn { break }
                    if kind == .greedy && n > mn {
                        stack.append(ReFrame(tag: ReFrame.data, a: 0, b: pos))
                        stack.append(ReFrame(tag: ReFrame.repeatGreedy, a: Int32(truncatingIfNeeded: pc), b: n))
                    }
                }
                pos += n
                pc += 1
                continue run
            case .repeatInit(let r):
                ReMatcher.setRegister(&stack, &regs, 2 * r, -1)
                ReMatcher.setRegister(&stack, &regs, 2 * r + 1, -1)
                pc += 1
                continue run
            case .repeatUntil(let r, let mn, let mx, let lazy, let tail):
                let count = regs[2 * r] + 1
                if count < mn {
                    ReMatcher.setRegister(&stack, &regs, 2 * r, count)
                    pc += 1
                    continue run
                }
                if lazy {
                    stack.append(ReFrame(tag: ReFrame.lazyUntil, a: Int32(truncatingIfNeeded: pc), b: pos))
                    pc = tail
                    continue run
                }
                if (count < mx || mx == ReLimits.maxRepeat) && pos != regs[2 * r + 1] {
                    stack.append(ReFrame(tag: ReFrame.choice, a: Int32(truncatingIfNeeded: tail), b: pos))
                    ReMatcher.setRegister(&stack, &regs, 2 * r, count)
                    ReMatcher.setRegister(&stack, &regs, 2 * r + 1, pos)
                    pc += 1
                    continue run
                }
                pc = tail
                continue run
            case .groupRef(let g, let ignoreCase, let unicode):
                let s = slots[2 * g], e = slots[2 * g + 1]
                if s >= 0 && e >= s {
                    let len = e - s
                    if len <= end - pos {
                        var ok = true
                        var k = 0
                        while k < len {
                            let a = text[s + k], b = text[pos + k]
                            if a != b {
                                if !ignoreCase { ok = false; break }
                                let la = unicode ? ReUnicode.lower(a) : ReUnicode.asciiLower(a)
                                let lb = unicode ? ReUnicode.lower(b) : ReUnicode.asciiLower(b)
                                if la != lb { ok = false; break }
                            }
                            k += 1
                        }
                        steps &-= len >> 3
                        if ok {
                            pos += len
                            pc += 1
                            continue run
                        }
                    }
                }
            case .groupExists(let g, let no):
                let s = slots[2 * g], e = slots[2 * g + 1]
                pc = (s >= 0 && e >= s) ? pc + 1 : no
                continue run
            case .lookStart(let behind, let negated, let width, let after):
                if behind && pos < width {
                    if negated {
                        pc = after
                        continue run
                    }
                    break
                }
                stack.append(ReFrame(tag: ReFrame.barrier, a: Int32(truncatingIfNeeded: pc), b: pos))
                if behind { pos -= width }
                pc += 1
                continue run
            case .lookEnd:
                var bi = stack.count - 1
                while bi >= 0 && stack[bi].tag != ReFrame.barrier { bi -= 1 }
                guard bi >= 0, case .lookStart(_, let negated, _, let after) = ops[Int(stack[bi].a)] else { break }
                if negated {
                    // The negative assertion's body matched: undo it and fail.
                    while stack.count > bi + 1 {
                        let f = stack.removeLast()
                        switch f.tag {
                        case ReFrame.undoSlot: slots[Int(f.a)] = f.b
                        case ReFrame.undoRegister: regs[Int(f.a)] = f.b
                        case ReFrame.undoLastIndex: lastIndex = f.b
                        default: break
                        }
                    }
                    stack.removeLast()
                    break
                }
                pos = stack[bi].b
                ReMatcher.cut(&stack, bi)
                pc = after
                continue run
            case .atomicStart:
                stack.append(ReFrame(tag: ReFrame.barrier, a: Int32(truncatingIfNeeded: pc), b: pos))
                pc += 1
                continue run
            case .atomicEnd:
                var bi = stack.count - 1
                while bi >= 0 && stack[bi].tag != ReFrame.barrier { bi -= 1 }
                if bi >= 0 { ReMatcher.cut(&stack, bi) }
                pc += 1
                continue run
            case .match:
                if !((matchAll && pos != end) || (mustAdvance && pos == start)) {
                    slots[0] = start
                    slots[1] = pos
                    self.lastIndex = lastIndex
                    return true
                }
            }

            // Failure: backtrack to the most recent choice.
            while let f = stack.popLast() {
                switch f.tag {
                case ReFrame.choice:
                    pc = Int(f.a)
                    pos = f.b
                    continue run
                case ReFrame.undoSlot:
                    slots[Int(f.a)] = f.b
                case ReFrame.undoRegister:
                    regs[Int(f.a)] = f.b
                case ReFrame.undoLastIndex:
                    lastIndex = f.b
                case ReFrame.repeatGreedy:
                    let opIndex = Int(f.a)
                    guard case .repeatOne(_, let mn, _, _) = ops[opIndex], let data = stack.last else { continue }
                    let base = data.b
                    var n = f.b - 1
                    if opIndex + 1 < ops.count, case .test(.char(let c)) = ops[opIndex + 1] {
                        while n >= mn && (base + n >= end || text[base + n] != c) { n -= 1 }
                    }
                    if n < mn {
                        stack.removeLast()
                        continue
                    }
                    if n > mn {
                        stack.append(ReFrame(tag: ReFrame.repeatGreedy, a: f.a, b: n))
                    } else {
                        stack.removeLast()
                    }
                    pos = base + n
                    pc = opIndex + 1
                    continue run
                case ReFrame.repeatLazy:
                    let opIndex = Int(f.a)
                    guard case .repeatOne(let t, _, let mx, _) = ops[opIndex], let data = stack.last else { continue }
                    let base = data.b
                    var n = f.b
                    let p = base + n
                    if n < mx && p < end && ReMatcher.test(t, text[p], classes, bitmaps) {
                        n += 1
                        if n < mx && base + n < end {
                            stack.append(ReFrame(tag: ReFrame.repeatLazy, a: f.a, b: n))
                        } else {
                            stack.removeLast()
                        }
                        pos = base + n
                        pc = opIndex + 1
                        continue run
                    }
                    stack.removeLast()
                case ReFrame.lazyUntil:
                    let opIndex = Int(f.a)
                    guard case .repeatUntil(let r, _, let mx, _, _) = ops[opIndex] else { continue }
                    let count = regs[2 * r] + 1
                    if (count >= mx && mx != ReLimits.maxRepeat) || f.b == regs[2 * r + 1] { continue }
                    pos = f.b
                    ReMatcher.setRegister(&stack, &regs, 2 * r, count)
                    ReMatcher.setRegister(&stack, &regs, 2 * r + 1, pos)
                    pc = opIndex + 1
                    continue run
                case ReFrame.barrier:
                    if case .lookStart(_, true, _, let after) = ops[Int(f.a)] {
                        // The negative assertion's body failed: the assertion holds.
                        pos = f.b
                        pc = after
                        continue run
                    }
                default:
                    break
                }
            }
            return false
        }
    }

    /// Removes the barrier at `index` and every choice above it, keeping the undo records.
    private static func cut(_ stack: inout [ReFrame], _ index: Int) {
        var w = index
        var i = index + 1
        let n = stack.count
        while i < n {
            if stack[i].isUndo {
                stack[w] = stack[i]
                w += 1
            }
            i += 1
        }
        stack.removeLast(n - w)
    }
}
