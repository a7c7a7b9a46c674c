import Foundation
import Testing
@testable import Garter

/// `PythonValue` at the boundary: Codable, JSON both ways, dataclasses, reprs, depth caps.
/// Expected JSON texts and reprs were produced by CPython 3.11.
struct HostValueTests {
    static let sample: PythonValue = .dict([
        (.string("none"), .none), (.string("bool"), .bool(true)), (.string("int"), .int(-7)),
        (.string("big"), .bigInt("-1180591620717411303424")), (.string("half"), .float(2.5)),
        (.string("whole"), .float(3.0)), (.string("nan"), .float(.nan)), (.string("inf"), .float(-.infinity)),
        (.string("str"), .string("é😀\n")), (.string("bytes"), .bytes([0, 255, 65])),
        (.tuple([.int(1), .string("k")]), .list([.tuple([]), .set([.int(1)]), .frozenSet([.string("x")])])),
        (.int(5), .dataclass(name: "Point", fields: [("x", .int(1)), ("y", .list([]))])),
        (.string("opaque"), .opaque(typeName: "generator", repr: "<generator object g at 0x1>")),
    ])

    @Test func codableRoundTripKeepsEveryPythonType() throws {
        let data = try JSONEncoder().encode(Self.sample)
        let back = try JSONDecoder().decode(PythonValue.self, from: data)
        #expect(back == Self.sample)
        let plist = try PropertyListEncoder().encode([Self.sample])
        #expect(try PropertyListDecoder().decode([PythonValue].self, from: plist) == [Self.sample])
    }

    @Test func codableFormIsDocumentedShape() throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        func text(_ v: PythonValue) throws -> String { String(decoding: try enc.encode(v), as: UTF8.self) }
        #expect(try text([1, "a", nil, true]) == #"[1,"a",null,true]"#)
        #expect(try text(.tuple([.int(1)])) == #"{"tuple":[1]}"#)
        #expect(try text(.float(2.0)) == #"{"float":2}"#)
        #expect(try text(.float(.nan)) == #"{"float":"nan"}"#)
        #expect(try text(.float(0.5)) == "0.5")
        #expect(try text(.bigInt("123456789012345678901234567890")) == #"{"int":"123456789012345678901234567890"}"#)
        #expect(try text(.dict([(.int(1), .string("a"))])) == #"{"dict":[[1,"a"]]}"#)
        #expect(try text(.bytes([104, 105])) == #"{"bytes":"aGk="}"#)
    }

    @Test func codableRejectsMalformedInput() {
        for bad in [#"{"float":"x"}"#, #"{"int":"12a"}"#, #"{"int":""}"#, #"{"tuple":[1],"set":[]}"#,
                    #"{"dict":[[1]]}"#, #"{"dict":[[1,2,3]]}"#, #"{"bytes":"***"}"#, #"{"what":1}"#, #"{}"#,
                    #"{"dataclass":"P"}"#] {
            #expect(throws: DecodingError.self, "\(bad)") { try JSONDecoder().decode(PythonValue.self, from: Data(bad.utf8)) }
        }
        // Hostile nesting ends in an error, not a stack overflow.
        let deep = String(repeating: #"{"tuple":["#, count: 20_000) + String(repeating: "]}", count: 20_000)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(PythonValue.self, from: Data(deep.utf8)) }
    }

    @Test func jsonOutputMatchesPythonDumps() throws {
        let v: PythonValue = .dict([
            (.string("a"), .list([.int(1), .float(2.5), .tuple([.int(3), .int(4)])])), (.string("b"), .none),
            (.int(1), .bool(true)), (.float(2.5), .string("x")), (.none, .string("n")), (.bool(false), .list([])),
            (.string("s"), .string("q\"\\\n\t\u{01}é😀")), (.string("big"), .bigInt("1180591620717411303424")),
            (.string("f"), .float(1e16)), (.string("g"), .float(1.0)), (.string("h"), .float(-0.0)),
        ])
        // json.dumps(x, separators=(",", ":"), ensure_ascii=False)
        #expect(try v.json() == #"{"a":[1,2.5,[3,4]],"b":null,"1":true,"2.5":"x","null":"n","false":[],"s":"q\"\\\n\t\u0001é😀","big":1180591620717411303424,"f":1e+16,"g":1.0,"h":-0.0}"#)
        #expect(try PythonValue.list([.float(.nan), .float(.infinity), .float(-.infinity)]).json() == "[NaN,Infinity,-Infinity]")
        #expect(try PythonValue.list([.float(.nan)]).json(nonFinite: .strings) == #"["NaN"]"#)
        #expect(try PythonValue.list([.float(.nan)]).json(nonFinite: .null) == "[null]")
        #expect(throws: PythonValue.JSONConversionError.self) { try PythonValue.list([.float(.nan)]).json(nonFinite: .error) }
        #expect(try PythonValue.dict([(.string("b"), 1), (.string("a"), 2), (.string("é"), 3), (.string("Z"), 4)]).json(sortKeys: true) == #"{"Z":4,"a":2,"b":1,"é":3}"#)
        #expect(try PythonValue.dataclass(name: "P", fields: [("x", 1)]).json() == #"{"x":1}"#)
        #expect(try PythonValue.bytes([104, 105]).json() == #""aGk=""#)
        #expect(throws: PythonValue.JSONConversionError.self) { try PythonValue.dict([(.tuple([]), 1)]).json() }
        #expect(throws: PythonValue.JSONConversionError.self) { try PythonValue.opaque(typeName: "generator", repr: "<g>").json() }
    }

    @Test func jsonInputMatchesPythonLoads() throws {
        let v = try PythonValue(json: #"[NaN, Infinity, -Infinity, 1e400, 12345678901234567890123, {"a":1,"a":2,"b":3}, -5, 0.5]"#)
        // print(json.loads(...)) in CPython
        #expect(v.description == "[nan, inf, -inf, inf, 12345678901234567890123, {'a': 2, 'b': 3}, -5, 0.5]")
        #expect(try PythonValue(json: Data("[1]".utf8)) == [1])
        #expect(throws: JSONInput.ParseError.self) { try PythonValue(json: "[1,]") }
        #expect(throws: JSONInput.ParseError.self) { try PythonValue(json: String(repeating: "[", count: 100_000)) }
    }

    @Test func descriptionIsPythonRepr() {
        // repr(...) in CPython 3.11
        #expect(PythonValue.tuple([.int(1)]).description == "(1,)")
        #expect(PythonValue.set([.int(1)]).description == "{1}")
        #expect(PythonValue.set([]).description == "set()")
        #expect(PythonValue.frozenSet([]).description == "frozenset()")
        #expect(PythonValue.bytes([0, 97, 127, 34, 39]).description == #"b'\x00a\x7f"\''"#)
        #expect(PythonValue.list([.float(1e16), .float(1e-5), .float(0.1), .float(-0.0), .bigInt("1180591620717411303424")]).description
                == "[1e+16, 1e-05, 0.1, -0.0, 1180591620717411303424]")
        #expect(PythonValue.dict([(.string("k"), .tuple([.int(1), .string("x")]))]).description == "{'k': (1, 'x')}")
        #expect(PythonValue.dataclass(name: "Point", fields: [("x", 1), ("y", "a")]).description == "Point(x=1, y='a')")
    }

    @Test func dataclassInstancesCrossBothWays() throws {
        let program = try Program(source: """
            from dataclasses import dataclass, asdict, is_dataclass
            @dataclass
            class Order:
                id: int
                lines: list
                note: str = "none"
            print(repr(p), p.x, p.y, is_dataclass(p), asdict(p), p == type(p)(1, [2]))
            Order(7, [p])
            """)
        let result = try program.run(inputs: ["p": .dataclass(name: "Point", fields: [("x", 1), ("y", [2])])])
        #expect(result.stdout == "Point(x=1, y=[2]) 1 [2] True {'x': 1, 'y': [2]} True\n")
        #expect(result.value == .dataclass(name: "Order", fields: [
            ("id", 7), ("lines", .list([.dataclass(name: "Point", fields: [("x", 1), ("y", [2])])])), ("note", "none"),
        ]))
        do {
            _ = try Program(source: "p").run(inputs: ["p": .dataclass(name: "P", fields: [("not valid", 1)])])
            Issue.record("expected an error")
        } catch let e as PythonException {
            #expect(e.summary == "ValueError: invalid or duplicate field name 'not valid' in dataclass P")
        }
    }

    @Test func deeplyNestedResultsAreCappedNotCrashing() throws {
        let program = try Program(source: "x = []\nfor _ in range(100000):\n    x = [x]\nx")
        var v = try program.run().value
        var depth = 0
        while case .list(let items) = v, let first = items.first {
            v = first
            depth += 1
        }
        #expect(depth == PythonValue.maxDepth)
        #expect(v.typeName == "list")
        var deepInput: PythonValue = []
        for _ in 0..<(PythonValue.maxDepth + 5) { deepInput = [deepInput] }
        #expect(throws: PythonException.self) { try Program(source: "x").run(inputs: ["x": deepInput]) }
    }

    @Test func sessionWithHostFunctionsSavesAndRestores() async throws {
        let lookup = HostFunction("lookup", parameters: ["key"]) { call in
            guard case .string(let k)? = call.argument("key") else { throw ExternalError("TypeError", "key must be str") }
            return .int(k.count)
        }
        let fetch = HostFunction("fetch", parameters: ["n"]) { call async throws in
            try await Task.sleep(nanoseconds: 1_000_000)
            return call.argument("n")!
        }
        let session = Session(functions: [lookup, fetch])
        _ = try await session.feed("""
            import asyncio
            class Counter:
                def __init__(self):
                    self.n = 0
                def bump(self, k):
                    self.n += lookup(k)
                    return self.n
            c = Counter()
            async def both():
                return await asyncio.gather(fetch(1), fetch(2))
            """)
        #expect(try await session.feed("c.bump('abc')").value == 3)
        #expect(try await session.feed("asyncio.run(both())").value == [1, 2])
        #expect(try await session.feed("print(sorted(map(lookup, ['a', 'bb'])))").stdout == "[1, 2]\n")
        let saved = try session.serialized()
        let restored = try Session(serialized: saved, functions: [lookup, fetch])
        #expect(try await restored.feed("c.bump('abcd')").value == 7)
        #expect(try await restored.feed("asyncio.run(both())").value == [1, 2])
        #expect(restored.globalNames.contains("Counter"))
        // The original is untouched by the restored copy.
        #expect(try await session.feed("c.n").value == 3)
        // Errors do not end a restored session.
        await #expect(throws: PythonException.self) { try await restored.feed("1/0") }
        #expect(try await restored.feed("c.n").value == 7)
    }

    @Test func sessionAndPausedSnapshotsAreNotInterchangeable() throws {
        let session = Session()
        _ = try session.feed("x = 1")
        let idle = try session.serialized()
        #expect(throws: ExecutionError.self) { try PausedExecution(serialized: idle) }
        let program = try Program(source: "fetch(1)")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else {
            Issue.record("expected a pause")
            return
        }
        #expect(throws: ExecutionError.self) { try Session(serialized: try paused.serialized()) }
        // Truncated session bytes never trap.
        for n in stride(from: 0, to: idle.count, by: 7) {
            #expect(throws: ExecutionError.self) { try Session(serialized: idle.prefix(n)) }
        }
        _ = try session.feed("import itertools\nit = itertools.count()")
        #expect(throws: ExecutionError.self) { try session.serialized() }
    }

    @Test func sessionLimitsApplyPerFeed() throws {
        let session = Session(limits: ResourceLimits(maxOutputBytes: 10))
        #expect(try session.feed("print('123456789')").stdout == "123456789\n")
        #expect(try session.feed("print('123456789')").stdout == "123456789\n")
        #expect(throws: PythonException.self) { try session.feed("print('x' * 20)") }
        #expect(throws: PythonException.self) { try session.feed("while True: pass", timeLimit: 0.05) }
        #expect(try session.feed("1 + 1").value == 2)
    }

    @Test func programSerializationRoundTrips() throws {
        let program = try Program(source: "def f(x):\n    return x * 2\nf(21)", filename: "agent.py")
        let data = program.serialized()
        let back = try Program(serialized: data)
        #expect(back.filename == "agent.py")
        #expect(back.source == program.source)
        #expect(try back.run().value == 42)
        let script = try Program.script(source: "print('hi')\n42", filename: "s.py")
        #expect(try Program(serialized: script.serialized()).run().value == .none)
        for n in 0..<data.count {
            #expect(throws: ExecutionError.self) { try Program(serialized: data.prefix(n)) }
        }
        var wrongVersion = data
        wrongVersion[4] = 99
        #expect(throws: ExecutionError.self) { try Program(serialized: wrongVersion) }
    }

    @Test func errorLineIsInTheProgramsOwnCode() throws {
        let program = try Program(source: "import json\n\ndata = json.loads('{bad')\n", filename: "agent.py")
        do {
            _ = try program.run()
            Issue.record("expected an error")
        } catch {
            #expect(error.typeName == "JSONDecodeError")
            #expect(error.line == 3)
        }
    }
}
