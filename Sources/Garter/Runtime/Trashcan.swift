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

    /// Per-thread release state, reached through a raw pointer so the `deinit`s on every
    /// container release pay no reference counting for it.
    struct State {
        var depth = 0
        var pending: [[Value]] = []
        var draining = false
    }

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in
            guard let p else { return }
            let s = p.assumingMemoryBound(to: State.self)
            s.deinitialize(count: 1)
            s.deallocate()
        }
        return k
    }()

    /// ``key`` plus one once read, else 0: a constant-initialized word is read directly,
    /// where the lazy ``key`` costs a `swift_once` call per read (every container's
    /// release). Only one value is ever written, and it is read whole (an aligned word).
    nonisolated(unsafe) private static var knownKey = 0

    @inline(__always)
    static func state() -> UnsafeMutablePointer<State> {
        let known = knownKey
        let key: pthread_key_t
        if known != 0 {
            key = pthread_key_t(truncatingIfNeeded: known &- 1)
        } else {
            key = Trashcan.key
            knownKey = Int(truncatingIfNeeded: key) &+ 1
        }
        if let p = pthread_getspecific(key) {
            return p.assumingMemoryBound(to: State.self)
        }
        let s = UnsafeMutablePointer<State>.allocate(capacity: 1)
        s.initialize(to: State())
        pthread_setspecific(key, s)
        return s
    }

    /// Begins releasing a container's contents in place; returns nil when the nesting is
    /// too deep and the contents must be parked with ``park(_:)`` instead. Pair with ``leave(_:)``.
    @inline(__always)
    static func enter() -> UnsafeMutablePointer<State>? {
        let s = state()
        if s.pointee.depth >= maxDepth { return nil }
        s.pointee.depth += 1
        return s
    }

    /// Ends a release begun with ``enter()`` (draining parked contents at the outermost level).
    @inline(__always)
    static func leave(_ s: UnsafeMutablePointer<State>) {
        s.pointee.depth -= 1
        if s.pointee.depth == 0 && !s.pointee.draining && !s.pointee.pending.isEmpty { drain(s) }
    }

    static func park(_ values: [Value]) {
        state().pointee.pending.append(values)
    }

    private static func drain(_ s: UnsafeMutablePointer<State>) {
        s.pointee.draining = true
        while var batch = s.pointee.pending.popLast() {
            s.pointee.depth = 1
            batch.removeAll()
            s.pointee.depth = 0
        }
        s.pointee.draining = false
    }

    /// Releases `values` (emptying the array, unless no value holds an object: then there is
    /// nothing that can nest, and the array is left as it is), without deep native recursion.
    static func release(_ values: inout [Value]) {
        // Values holding no object (numbers, None, strings) release nothing that can nest:
        // the array is left to its owner's ordinary teardown, without the per-thread state.
        let mayNest = values.withUnsafeBufferPointer { buffer in
            buffer.contains { if case .object = $0 { return true } else { return false } }
        }
        if !mayNest { return }
        let s = state()
        if s.pointee.depth >= maxDepth {
            s.pointee.pending.append(values)
            values = []
            return
        }
        s.pointee.depth += 1
        values = []
        s.pointee.depth -= 1
        if s.pointee.depth == 0 && !s.pointee.draining && !s.pointee.pending.isEmpty { drain(s) }
    }

    /// Deinitializes the `count` values at `values` the same way (storage a container
    /// manages by hand: a tuple's items, a split dict's values).
    static func release(_ values: UnsafeMutablePointer<Value>, count: Int) {
        var mayNest = false
        for i in 0..<count {
            if case .object = values[i] { mayNest = true; break }
        }
        // `deinitializeValues`, not `deinitialize(count:)`: the generic array destroy goes
        // through the enum's value witness for every slot (every tuple freed pays it).
        if !mayNest {
            values.deinitializeValues(count: count)
            return
        }
        if let s = enter() {
            values.deinitializeValues(count: count)
            leave(s)
        } else {
            var parked: [Value] = []
            parked.reserveCapacity(count)
            for i in 0..<count { parked.append((values + i).move()) }
            park(parked)
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
