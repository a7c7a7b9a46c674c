import BigInt
import Foundation
import Testing
@testable import Garter

/// Found by FuzzRun as a timeout: `9223372010 ** 40807` ran for seconds past a 50 ms limit,
/// because big-integer arithmetic ran to completion in BigInt without polling the run's
/// limits (a product of two 32-Mbit operands takes minutes, a quotient hours), and some of
/// BigInt's operations are quadratic in a long operand (`x << n`, `1 + x`, a direct product
/// with a long first factor). ``BigIntKernels`` splits the work into bounded pieces and polls
/// ``RunInterrupt`` between them. Input: `FuzzRegressions/run/bigint-power-past-deadline.py`.
struct BigIntKernelTests {
    /// Cutoffs so small that every path (pieces, Karatsuba, block division, Euclid, Newton)
    /// runs on operands of a few words.
    static let tiny = BigIntKernels.Cutoffs(balancedWords: 2, products: 8, shortWords: 2, longWords: 4, division: 8, smallWords: 1)

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var z = state
            z = (z ^ (z >> 33)) &* 0xff51afd7ed558ccd
            return z ^ (z >> 29)
        }
        /// A magnitude of up to `words` words, sometimes with runs of zero or all-one words.
        mutating func magnitude(_ words: Int) -> BigUInt {
            let n = Int(next() % UInt64(words + 1))
            let style = next() % 4
            return BigUInt(words: (0..<n).map { _ -> UInt in
                style == 0 ? UInt.max : style == 1 && next() % 2 == 0 ? 0 : UInt(next())
            })
        }
        mutating func integer(_ words: Int) -> BigInt {
            BigInt(sign: next() % 3 == 0 ? .minus : .plus, magnitude: magnitude(words))
        }
    }

    @Test func kernelsMatchBigInt() throws {
        var g = Generator(state: 42)
        for round in 0..<400 {
            let cut = round % 4 == 0 ? BigIntKernels.Cutoffs.standard : Self.tiny
            let a = g.magnitude(40), b = g.magnitude(round % 2 == 0 ? 40 : 6)
            #expect(try BigIntKernels.multiply(a, b, cut) == a * b)
            if !b.isZero {
                let (q, r) = try BigIntKernels.divide(a, b, cut)
                let (eq, er) = a.quotientAndRemainder(dividingBy: b)
                #expect(q == eq && r == er, "\(a) / \(b)")
            }
            #expect(try BigIntKernels.gcd(a, b, cut) == a.greatestCommonDivisor(with: b))
            #expect(try BigIntKernels.squareRoot(a, cut) == a.squareRoot())
            let small = g.magnitude(3)
            let e = Int(g.next() % 40)
            #expect(try BigIntKernels.power(BigInt(small), e, cut) == BigInt(small).power(e))
            let m = g.magnitude(5)
            if !m.isZero {
                let exponent = g.magnitude(2)
                #expect(try BigIntKernels.power(a, exponent, modulus: m, cut) == a.power(exponent, modulus: m))
            }
            let x = g.integer(30), y = g.integer(round % 3 == 0 ? 2 : 30)
            #expect(try BigIntKernels.multiply(x, y, cut) == x * y)
            if !y.isZero {
                let (q, r) = try BigIntKernels.divide(x, y, cut)
                let (eq, er) = x.quotientAndRemainder(dividingBy: y)
                #expect(q == eq && r == er)
            }
            #expect(BigIntKernels.add(x, y) == x + y)
            #expect(BigIntKernels.subtract(x, y) == x - y)
            let s = Int(g.next() % 200)
            #expect(BigIntKernels.shiftLeft(x, s) == x << s)
            #expect(try BigIntKernels.power(x, 3, cut) == x * x * x)
        }
    }

    /// Each of these runs for seconds to hours without the polls (debug builds are slower
    /// still); with them, each stops within a leaf's work of the deadline.
    @Test(arguments: [
        "x = 9223372010 ** 40807\n",
        "x = (1 << 30_000_000) - 1\ny = x * x\n",
        "x = (1 << 30_000_000) // 3\ny = x * ((1 << 100000) // 7)\n",
        "x = (1 << 60_000_000) - 1\ny = x // ((1 << 30_000_000) + 12345)\n",
        "x = (1 << 60_000_000) - 1\ny = divmod(x, (1 << 20_000_000) + 12345)\n",
        "import math\nmath.isqrt((1 << 60_000_000) - 1)\n",
        "pow(3, 10**5000, 10**20000 + 7)\n",
        "import math\nmath.factorial(100000)\n",
        "import math\nmath.comb(10**7, 200000)\n",
        "round((1 << 60_000_000) - 1, -4000)\n",
    ])
    func bigIntegerWorkStopsAtTheDeadline(_ source: String) {
        let (outcome, seconds) = FuzzRegressionTests.timed(source)
        #expect(outcome == "TimeoutError", "\(outcome ?? "finished")")
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func cancellationStopsBigIntegerWork() throws {
        try SlowTickTests.expectPromptCancellation("x = (1 << 30_000_000) - 1\ny = x * x\n", backstop: 120)
    }

    /// Shifts, sums with the short addend first and byte conversions were quadratic in the
    /// long operand (seconds for 8 Mbit). Expected output from CPython 3.11.
    @Test func longOperandsStayLinear() throws {
        let source = """
            x = (1 << 8_000_000) // 3
            y = 1 + x
            z = x << 1
            b = x.to_bytes(1_000_000, 'little')
            w = int.from_bytes(b, 'little')
            print(y % 1000003, z % 1000003, w == x, (-5 - x) % 1000003, (7 - x) % 1000003, (x * 12345678901234567890123) % 1000003)
            """
        let started = Date()
        let r = try Program.script(source: source, filename: "linear.py").run(functions: [], limits: ResourceLimits(maxDuration: 20))
        #expect(r.stdout == "798938 597871 True 201061 201073 608735\n")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// The byte conversions were rewritten over words; a negative value that does not fit in
    /// `length` signed bytes is an OverflowError as in CPython (it wrapped before). Expected
    /// output from CPython 3.11.
    @Test func toBytesAndFromBytes() throws {
        let source = """
            for v, n in [(-129, 1), (-128, 1), (127, 1), (128, 1), (-1, 0), (-(2**63) - 1, 8), (-(2**63), 8), (2**64 - 1, 8), (2**64, 8)]:
                for s in (True, False):
                    try:
                        b = v.to_bytes(n, 'big', signed=s)
                        print(b.hex(), int.from_bytes(b, 'big', signed=s), int.from_bytes(b, 'little', signed=s))
                    except OverflowError as e:
                        print(e)
            """
        let r = try Program.script(source: source, filename: "bytes.py").run(functions: [], limits: ResourceLimits(maxDuration: 10))
        #expect(r.stdout == Self.toBytesExpected)
    }

    static let toBytesExpected = """
        int too big to convert
        can't convert negative int to unsigned
        80 -128 -128
        can't convert negative int to unsigned
        7f 127 127
        7f 127 127
        int too big to convert
        80 128 128
         0 0
        can't convert negative int to unsigned
        int too big to convert
        can't convert negative int to unsigned
        8000000000000000 -9223372036854775808 128
        can't convert negative int to unsigned
        int too big to convert
        ffffffffffffffff 18446744073709551615 18446744073709551615
        int too big to convert
        int too big to convert

        """
}
