import Testing
@testable import Garter

struct HostAPITests {
    @Test func readmeEmbeddingExample() throws {
        let program = try Program(source: """
            total = sum(p * q for p, q in items)
            print(f"{len(items)} lines")
            total
            """, filename: "agent.py")
        let result = try program.run(inputs: ["items": [[2.5, 4], [10.0, 1]]])
        #expect(result.stdout == "2 lines\n")
        #expect(result.value == .float(20.0))
        #expect(result.value.description == "20.0")
    }

    @Test func programIsReusableAndRunsAreIsolated() throws {
        let program = try Program(source: "counter = globals().get('counter', 0) + 1\ncounter", filename: "x.py")
        #expect(try program.run().value == .int(1))
        #expect(try program.run().value == .int(1))
    }

    @Test func lastExpressionValueConversions() throws {
        let program = try Program(source: "{'a': [1, (2, 3)], 'b': {4}, 'c': 2 ** 70, 'd': None}")
        let v = try program.run().value
        #expect(v == .dict([
            (.string("a"), .list([.int(1), .tuple([.int(2), .int(3)])])),
            (.string("b"), .set([.int(4)])),
            (.string("c"), .bigInt("1180591620717411303424")),
            (.string("d"), .none),
        ]))
    }

    @Test func uncaughtExceptionCarriesTypeMessageAndTraceback() throws {
        let program = try Program(source: "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n", filename: "boom.py")
        do {
            _ = try program.run()
            Issue.record("expected an exception")
        } catch {
            #expect(error.typeName == "ZeroDivisionError")
            #expect(error.message == "division by zero")
            #expect(error.summary == "ZeroDivisionError: division by zero")
            #expect(error.stdout == "before\n")
            #expect(error.traceback == """
                Traceback (most recent call last):
                  File "boom.py", line 5, in <module>
                    f(0)
                  File "boom.py", line 2, in f
                    return 1 / x
                           ~~^~~
                ZeroDivisionError: division by zero

                """)
        }
    }

    @Test func syntaxErrorHasLocation() {
        do {
            _ = try Program(source: "x = 1\nif x\n    pass\n", filename: "bad.py")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.typeName == "SyntaxError")
            #expect(error.message == "expected ':'")
            #expect(error.line == 2)
            #expect(error.filename == "bad.py")
            #expect(error.sourceLine == "if x")
        }
    }

    @Test func timeLimitStopsInfiniteLoop() throws {
        let program = try Program(source: "while True:\n    pass\n")
        do {
            _ = try program.run(timeLimit: 0.05)
            Issue.record("expected a timeout")
        } catch {
            #expect(error.typeName == "TimeoutError")
        }
    }

    @Test func jsonInputParsingKeepsOrderAndTypes() throws {
        let v = try JSONInput.parse(#"{"b": 1, "a": [true, null, 2.5, "x\u00e9"], "big": 123456789012345678901234567890}"#)
        #expect(v == .dict([
            (.string("b"), .int(1)),
            (.string("a"), .list([.bool(true), .none, .float(2.5), .string("xé")])),
            (.string("big"), .bigInt("123456789012345678901234567890")),
        ]))
        #expect(throws: JSONInput.ParseError.self) { try JSONInput.parse("{\"a\": }") }
    }
}

struct SessionTests {
    @Test func globalsPersistAcrossFeeds() throws {
        let session = Session()
        _ = try session.feed("def double(x):\n    return 2 * x\n")
        _ = try session.feed("total = double(20)")
        let r = try session.feed("print('t', total)\ntotal + 2")
        #expect(r.value == .int(42))
        #expect(r.stdout == "t 40\n")
        #expect(session.get("total") == .int(40))
        try session.set("items", [1, 2, 3])
        #expect(try session.feed("sum(items)").value == .int(6))
    }

    @Test func errorsDoNotEndTheSession() throws {
        let session = Session()
        _ = try session.feed("x = 1")
        #expect(throws: PythonException.self) { try session.feed("x / 0") }
        #expect(throws: CompileError.self) { try session.feed("if x") }
        #expect(try session.feed("x + 1").value == .int(2))
    }
}
