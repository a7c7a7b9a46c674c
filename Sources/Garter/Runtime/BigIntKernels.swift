import BigInt

/// Lets long native computations notice that the run executing on this thread must stop:
/// past its deadline or cancelled (``LimitWatchdog`` zeroes the run's tick mask), or out of
/// its object budget. The run is found through the ``AllocationBudget`` that
/// ``ExecutionState`` installs around each step; with none installed (no run, or code
/// outside a run) polling does nothing.
enum RunInterrupt {
    /// Throws the run's uncatchable limit error (TimeoutError, KeyboardInterrupt on
    /// cancellation, MemoryError) when the run on this thread (the owner of its installed
    /// ``AllocationBudget``) has been flagged; otherwise returns at once.
    @inline(__always)
    static func poll() throws(PythonError) {
        guard let budget = AllocationBudget.current else { return }
        let vm = budget.pointee.vm.takeUnretainedValue()
        if vm.tickMask == 0 { try vm.checkLimits() }
    }

    /// Checks storage for `count` values, about to be taken by a native computation, against
    /// the memory limit of the run on this thread (see ``VM/checkAllocation(_:times:itemSize:)``).
    static func checkAllocation(values count: Int) throws(PythonError) {
        guard let budget = AllocationBudget.current else { return }
        try budget.pointee.vm.takeUnretainedValue().checkAllocation(count, times: 1)
    }
}

/// Big-integer arithmetic that a run's time limit and cancellation can interrupt.
///
/// BigInt's own operations run to completion, and on operands near ``PyNumber/maxBits`` they
/// take minutes (a product of two 32-Mbit numbers) to hours (a quotient of such numbers),
/// during which the dispatch loop cannot check its limits. These kernels split the work into
/// pieces of bounded cost (about ten milliseconds) and poll ``RunInterrupt`` between pieces;
/// operands small enough to be one piece go straight to BigInt, so ordinary arithmetic pays
/// only a size test.
///
/// BigInt also grows a result one word at a time with an exact reallocation each time, which
/// makes `x << n`, `short + long` and a direct product with a long first operand quadratic in
/// the long operand (a second for 8 Mbit): the linear forms are used instead (shifts in place,
/// the longer addend first, direct products on pieces of at most 8192 words).
enum BigIntKernels {
    /// Operand sizes (in 64-bit words) up to which BigInt does an operation in one piece.
    struct Cutoffs {
        /// Products of operands this long go to BigInt whatever their shape (Karatsuba on
        /// 2048 words: about 20 ms).
        var balancedWords = 2048
        /// Word products a direct (schoolbook) BigInt product may do (about 15 ms) ...
        var products = 1 << 21
        /// ... when its short operand has at most this many words ...
        var shortWords = 1024
        /// ... and its long one at most this many (longer ones hit the quadratic growth).
        var longWords = 8192
        /// Word operations a single BigInt division may do (about 10 ms).
        var division = 1 << 20
        /// Operands up to this many words use BigInt's own GCD and square root.
        var smallWords = 64

        static let standard = Cutoffs()
    }

    // MARK: Multiplication

    static func multiply(_ x: BigUInt, _ y: BigUInt, _ cut: Cutoffs = .standard) throws(PythonError) -> BigUInt {
        let xc = x.words.count, yc = y.words.count
        let (long, short, lc, sc) = xc >= yc ? (x, y, xc, yc) : (y, x, yc, xc)
        if sc == 0 { return BigUInt() }
        // BigInt multiplies directly when the short operand has at most 1024 words (lc × sc
        // word products), by Karatsuba otherwise (about three times the work per doubling).
        if lc <= cut.balancedWords || (sc <= cut.shortWords && lc <= cut.longWords && lc <= cut.products / sc) {
            return long * short
        }
        try RunInterrupt.poll()
        if lc >= 2 * sc {
            // Unbalanced: the long operand in pieces, each multiplied by the short one, so
            // no piece costs more than a leaf unless it is balanced (then Karatsuba below).
            let piece = sc > cut.shortWords ? sc : Swift.min(cut.longWords, Swift.max(sc, cut.products / sc))
            var out = BigWords.zeroWords(lc + sc + 1)
            var lo = 0
            while lo < lc {
                try RunInterrupt.poll()
                let hi = Swift.min(lo + piece, lc)
                let part = try multiply(BigUInt(words: long.words[lo..<hi]), short, cut)
                addWords(&out, part, at: lo)
                lo = hi
            }
            return BigUInt(words: out)
        }
        // Karatsuba on halves of `half` words: x = a·B + b, y = c·B + d with B = 2^(64·half);
        // x·y = ac·B² + (ac + bd − (a − b)(c − d))·B + bd.
        let half = lc / 2
        let a = BigUInt(words: x.words[Swift.min(half, xc)...]), b = BigUInt(words: x.words[..<Swift.min(half, xc)])
        let c = BigUInt(words: y.words[Swift.min(half, yc)...]), d = BigUInt(words: y.words[..<Swift.min(half, yc)])
        let high = try multiply(a, c, cut)
        let low = try multiply(b, d, cut)
        let xp = a >= b, yp = c >= d
        let m = try multiply(xp ? a - b : b - a, yp ? c - d : d - c, cut)
        var mid = add(high, low)
        if xp == yp { mid -= m } else { mid += m }
        var out = BigWords.zeroWords(xc + yc + 1)
        addWords(&out, low, at: 0)
        addWords(&out, mid, at: half)
        addWords(&out, high, at: 2 * half)
        return BigUInt(words: out)
    }

    static func multiply(_ x: BigInt, _ y: BigInt, _ cut: Cutoffs = .standard) throws(PythonError) -> BigInt {
        BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: try multiply(x.magnitude, y.magnitude, cut))
    }

    /// Adds `value` into the little-endian words `out` at word offset `offset` (`out` is
    /// large enough for the sum).
    private static func addWords(_ out: inout [UInt], _ value: BigUInt, at offset: Int) {
        var carry: UInt = 0
        var i = offset
        for w in value.words {
            let (s1, o1) = out[i].addingReportingOverflow(w)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            i += 1
        }
        while carry != 0 {
            let (s, o) = out[i].addingReportingOverflow(carry)
            out[i] = s
            carry = o ? 1 : 0
            i += 1
        }
    }

    // MARK: Addition and shifts

    /// `a + b` (BigInt extends its first operand word by word).
    static func add(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        a.words.count >= b.words.count ? a + b : b + a
    }

    static func add(_ a: BigInt, _ b: BigInt) -> BigInt {
        a.magnitude.words.count >= b.magnitude.words.count ? a + b : b + a
    }

    static func subtract(_ a: BigInt, _ b: BigInt) -> BigInt {
        add(a, -b)
    }

    /// `a << n` for `n >= 0` (BigInt's in-place shift is linear, its `<<` is not).
    static func shiftLeft(_ a: BigInt, _ n: Int) -> BigInt {
        var r = a
        r <<= n
        return r
    }

    // MARK: Division

    /// Truncating quotient and remainder of magnitudes (`y` is not zero).
    static func divide(_ x: BigUInt, _ y: BigUInt, _ cut: Cutoffs = .standard) throws(PythonError) -> (quotient: BigUInt, remainder: BigUInt) {
        let xc = x.words.count, yc = y.words.count
        // BigInt's long division costs about (xc − yc + 1) × yc word operations.
        if xc < yc || (xc - yc + 1) <= cut.division / Swift.max(yc, 1) { return x.quotientAndRemainder(dividingBy: y) }
        // Long division by blocks of `block` words, from the top: each step divides the
        // running remainder (below y) extended by one block, so its quotient fits the block.
        let block = Swift.max(1, cut.division / yc)
        var quotient = BigWords.zeroWords(xc)
        var remainder = BigUInt()
        var hi = xc
        while hi > 0 {
            try RunInterrupt.poll()
            let lo = Swift.max(0, hi - block)
            remainder <<= 64 * (hi - lo)
            remainder = add(remainder, BigUInt(words: x.words[lo..<hi]))
            let (q, r) = remainder.quotientAndRemainder(dividingBy: y)
            var i = lo
            for w in q.words {
                quotient[i] = w
                i += 1
            }
            remainder = r
            hi = lo
        }
        return (BigUInt(words: quotient), remainder)
    }

    /// Truncating division like `BigInt.quotientAndRemainder` (the remainder has the sign of
    /// `x`; `y` is not zero).
    static func divide(_ x: BigInt, _ y: BigInt, _ cut: Cutoffs = .standard) throws(PythonError) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = try divide(x.magnitude, y.magnitude, cut)
        return (BigInt(sign: x.sign == y.sign ? .plus : .minus, magnitude: q), BigInt(sign: x.sign, magnitude: r))
    }

    // MARK: Powers, roots, divisors

    /// `base ** exponent` for `exponent >= 0` (the caller has bounded the result's size).
    static func power(_ base: BigInt, _ exponent: Int, _ cut: Cutoffs = .standard) throws(PythonError) -> BigInt {
        var result = BigUInt(1)
        var b = base.magnitude
        var e = exponent
        while e > 0 {
            if e & 1 == 1 { result = try multiply(result, b, cut) }
            e >>= 1
            // No squaring after the last bit: it would be the largest product of all.
            if e > 0 { b = try multiply(b, b, cut) }
        }
        return BigInt(sign: base.sign == .minus && exponent & 1 == 1 ? .minus : .plus, magnitude: result)
    }

    /// `base ** exponent % modulus` on magnitudes (`modulus` is not zero).
    static func power(_ base: BigUInt, _ exponent: BigUInt, modulus: BigUInt, _ cut: Cutoffs = .standard) throws(PythonError) -> BigUInt {
        if modulus == 1 { return 0 }
        let mc = modulus.words.count
        // One step costs a product and a division of modulus-sized numbers.
        if exponent.bitWidth <= cut.division / (mc * mc) && base.words.count <= 2 * mc {
            return base.power(exponent, modulus: modulus)
        }
        var result = BigUInt(1)
        var b = try divide(base, modulus, cut).remainder
        let bits = exponent.bitWidth
        for i in 0..<bits {
            try RunInterrupt.poll()
            if exponent[bitAt: i] { result = try divide(try multiply(result, b, cut), modulus, cut).remainder }
            if i + 1 < bits { b = try divide(try multiply(b, b, cut), modulus, cut).remainder }
        }
        return result
    }

    /// Greatest common divisor of magnitudes.
    static func gcd(_ a: BigUInt, _ b: BigUInt, _ cut: Cutoffs = .standard) throws(PythonError) -> BigUInt {
        var (x, y) = a >= b ? (a, b) : (b, a)
        while !y.isZero {
            // BigInt's binary GCD is quadratic in the bit length: fine up to a few thousand bits.
            if x.words.count <= cut.smallWords { return x.greatestCommonDivisor(with: y) }
            try RunInterrupt.poll()
            (x, y) = (y, try divide(x, y, cut).remainder)
        }
        return x
    }

    /// floor(sqrt(n)).
    static func squareRoot(_ n: BigUInt, _ cut: Cutoffs = .standard) throws(PythonError) -> BigUInt {
        if n.words.count <= cut.smallWords { return n.squareRoot() }
        // Newton's method from above: x₀ = 2^⌈bits/2⌉ ≥ √n, and the iterates decrease until
        // they reach floor(√n).
        var x = BigUInt(1) << ((n.bitWidth + 1) / 2)
        while true {
            try RunInterrupt.poll()
            let y = add(try divide(n, x, cut).quotient, x) >> 1
            if y >= x { return x }
            x = y
        }
    }
}
