#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Non-recursive destruction of deeply nested objects (CPython's "trashcan").
///
/// Releasing `a` after `for _ in range(100000): a = [a]` would otherwise run 100 000 nested
/// `deinit`s on the Swift stack and overflow it. Container `deinit`s hand their contents to
/// ``release(_:)``: below a nesting depth the values are released at once; deeper, they are
/// parked on a per-thread list that the outermost `deinit` drains in a loop.
enum Trashcan {
    static let maxDepth = 64

    final class State {
        @exclusivity(unchecked) var depth = 0
        @exclusivity(unchecked) var pending: [[Value]] = []
        @exclusivity(unchecked) var draining = false
    }

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in
            if let p { Unmanaged<State>.fromOpaque(p).release() }
        }
        return k
    }()

    @inline(__always)
    static func state() -> State {
        if let p = pthread_getspecific(key) {
            return Unmanaged<State>.fromOpaque(p).takeUnretainedValue()
        }
        let s = State()
        pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
        return s
    }

    /// Begins releasing a container's contents in place; returns false when the nesting is
    /// too deep and the contents must be parked with ``park(_:)`` instead. Pair with ``leave()``.
    @inline(__always)
    static func enter() -> State? {
        let s = state()
        if s.depth >= maxDepth { return nil }
        s.depth += 1
        return s
    }

    /// Ends a release begun with ``enter()`` (draining parked contents at the outermost level).
    @inline(__always)
    static func leave(_ s: State) {
        s.depth -= 1
        if s.depth == 0 && !s.draining && !s.pending.isEmpty { drain(s) }
    }

    static func park(_ values: [Value]) {
        state().pending.append(values)
    }

    private static func drain(_ s: State) {
        s.draining = true
        while var batch = s.pending.popLast() {
            s.depth = 1
            batch.removeAll()
            s.depth = 0
        }
        s.draining = false
    }

    /// Releases `values` (emptying the array), without deep native recursion.
    static func release(_ values: inout [Value]) {
        if values.isEmpty { return }
        let s = state()
        if s.depth >= maxDepth {
            s.pending.append(values)
            values = []
            return
        }
        s.depth += 1
        values = []
        s.depth -= 1
        if s.depth == 0 && !s.draining && !s.pending.isEmpty {
            s.draining = true
            while var batch = s.pending.popLast() {
                s.depth = 1
                batch.removeAll()
                s.depth = 0
            }
            s.draining = false
        }
    }

    /// Releases a single value the same way.
    static func release(_ value: inout Value) {
        guard case .object = value else { return }
        var one = [value]
        value = .none
        release(&one)
    }
}
