// Compile-time constant folding: which expressions become one `loadConst` (as CPython 3.11's
// ast_opt.c folds them) and which keep their operation. The printed results are checked
// against CPython by the conformance cases numbers__constant_folding and
// errors__constant_folding_raises; these tests look at the bytecode itself.
import Testing
@testable import Garter

private func compiled(_ source: String) throws -> CodeObject {
    try Compiler.compile(source: source, filename: "<test>")
}

private func opcodes(_ code: CodeObject) -> [Opcode] {
    (0..<code.instructionCount).map { code.instructions[$0].opcode }
}

/// The `repr` of every constant a `loadConst` of `code` loads, in order.
private func loadedConstants(_ code: CodeObject) throws -> [String] {
    let vm = VM(output: BufferedOutput())
    var out: [String] = []
    for i in 0..<code.instructionCount where code.instructions[i].opcode == .loadConst {
        out.append(try vm.repr(code.constants[Int(code.instructions[i].arg)]))
    }
    return out
}

/// The `repr`s of the whole constant table.
private func constantTable(_ code: CodeObject) throws -> [String] {
    let vm = VM(output: BufferedOutput())
    return try (0..<code.constantCount).map { try vm.repr(code.constants[$0]) }
}

struct ConstantFoldingTests {
    @Test func shiftFoldsToOneConstant() throws {
        let code = try compiled("z = 1 << 64")
        #expect(!opcodes(code).contains(.binaryOp))
        #expect(opcodes(code).contains(.loadConst))
        #expect(try loadedConstants(code) == ["18446744073709551616", "None"])
    }

    @Test func raisingOperationIsNotFolded() throws {
        for source in ["x = 1 / 0", "x = 1 << -1", "x = 'a' + 1", "x = 0 ** -1", "x = 2.0 ** 10000"] {
            let code = try compiled(source)
            #expect(opcodes(code).contains(.binaryOp), "\(source)")
        }
        for source in ["x = (1, 2)[5]", "x = 'abc'['a']", "x = 'abc'[2 ** 70]"] {
            #expect(opcodes(try compiled(source)).contains(.binarySubscript), "\(source)")
        }
        #expect(opcodes(try compiled("x = -'a'")).contains(.unaryNegative))
        #expect(opcodes(try compiled("x = ~1.5")).contains(.unaryInvert))
    }

    @Test func cpythonSizeLimits() throws {
        // Folded up to CPython's MAX_INT_SIZE / MAX_STR_SIZE / MAX_COLLECTION_SIZE, not past.
        let folded = ["x = 2 ** 64", "x = 1 << 127", "x = 'a' * 4096", "x = (1, 2) * 128", "x = 10 ** 6",
                      "x = (2 ** 64) * (2 ** 62)", "x = 2 ** -1", "x = 0 ** (10 ** 30)", "x = '' * -5"]
        for source in folded {
            #expect(!opcodes(try compiled(source)).contains(.binaryOp), "\(source)")
        }
        let kept = ["x = 2 ** 65", "x = 2 ** 200", "x = 1 << 128", "x = 'a' * 4097", "x = (1, 2) * 129",
                    "x = 10 ** 38", "x = (2 ** 64) * (2 ** 63)", "x = 'ab' * -1", "x = ((1, 2, 3, 4, 5),) * 200",
                    "x = '%s' % 'a'", "x = b'%d' % 3", "x = '' * 10 ** 30", "x = 1 @ 2"]
        for source in kept {
            #expect(opcodes(try compiled(source)).contains(.binaryOp), "\(source)")
        }
    }

    @Test func nestedFoldsLeaveNoIntermediateConstants() throws {
        let code = try compiled("x = -(2 ** 10) + (1 << 64 - 1)")
        #expect(opcodes(code) == [.loadConst, .storeGlobal, .loadConst, .returnValue])
        #expect(try constantTable(code) == ["9223372036854774784", "None"])
    }

    @Test func foldedValues() throws {
        let cases: [(String, String)] = [
            ("x = True + 1", "2"), ("x = ~True", "-2"), ("x = not 0", "True"), ("x = -0.0", "-0.0"),
            ("x = 0.0 * -1", "-0.0"), ("x = 1e308 * 10", "inf"), ("x = 1 + 2j", "(1+2j)"),
            ("x = 'ab' * 3", "'ababab'"), ("x = (1, 2) + (3,)", "(1, 2, 3)"), ("x = 'héllo'[1]", "'é'"),
            ("x = b'abc'[-1]", "99"), ("x = ((1, 2), 3)[0][1]", "2"), ("x = ()", "()"),
            ("x = (1, (2, 'a'), None)", "(1, (2, 'a'), None)"), ("x = -(2 ** 63)", "-9223372036854775808"),
            ("x = __debug__", "True"), ("x = (-8) ** (1 / 3)", "(1.0000000000000002+1.7320508075688772j)"),
        ]
        for (source, value) in cases {
            let code = try compiled(source)
            #expect(opcodes(code) == [.loadConst, .storeGlobal, .loadConst, .returnValue], "\(source)")
            #expect(try loadedConstants(code).first == value, "\(source)")
        }
    }

    @Test func equalConstantsAreShared() throws {
        // `(1, 2) is (1, 2)` in one code object, as in CPython; 1 and True stay distinct.
        let code = try compiled("a = (1, 2)\nb = (1, 2)\nc = (True, 2)\nd = 1 << 64\ne = 18446744073709551616")
        #expect(try constantTable(code) == ["(1, 2)", "(True, 2)", "18446744073709551616", "None"])
    }

    @Test func iterablesAndNegatedComparisons() throws {
        // `for` / comprehension / `in` lists become (constant) tuples; `not a in b` is `a not in b`.
        let loop = try compiled("for i in [1, 2, 3]:\n    pass")
        #expect(!opcodes(loop).contains(.buildList))
        #expect(try loadedConstants(loop).first == "(1, 2, 3)")
        let search = try compiled("x = a in [b, c]")
        #expect(opcodes(search).contains(.buildTuple) && !opcodes(search).contains(.buildList))
        let negated = try compiled("x = not a in b")
        #expect(!opcodes(negated).contains(.unaryNot))
        let containsOps = (0..<negated.instructionCount).filter { negated.instructions[$0].opcode == .containsOp }
        #expect(containsOps.map { negated.instructions[$0].arg } == [1])
        #expect(opcodes(try compiled("x = not a == b")).contains(.unaryNot))
        // Only the last `in` of a chain, and a starred list stays a list.
        #expect(opcodes(try compiled("x = [1] in [[1]] in y")).contains(.buildList))
        #expect(opcodes(try compiled("x = a in [*b]")).contains(.listExtend))
    }

    @Test func foldedConstantsAreSharedByRuns() throws {
        // A folded tuple is part of the program: later runs see it unchanged.
        let program = try Program(source: "t = (1, (2, 'x' * 3)) * 2\nt", filename: "<test>")
        for _ in 0..<3 {
            #expect(try program.run().value == .tuple([.int(1), .tuple([.int(2), .string("xxx")]), .int(1), .tuple([.int(2), .string("xxx")])]))
        }
    }
}
