import Testing
@testable import Garter

/// The native `json` encoder/decoder cores (`_json`), through the public `json` API.
struct JSONTests {
    func stdout(_ source: String) throws -> String {
        try Program(source: source, filename: "json_test.py").run().stdout
    }

    func value(_ source: String) throws -> PythonValue {
        try Program(source: source, filename: "json_test.py").run().value
    }

    @Test func encodesScalarsLikeCPython() throws {
        let out = try stdout("""
            import json
            print(json.dumps([None, True, False, 0, -7, 2**70, 0.1, 1e16, 1e-7, -0.0, float('inf'), float('nan')]))
            """)
        #expect(out == "[null, true, false, 0, -7, 1180591620717411303424, 0.1, 1e+16, 1e-07, -0.0, Infinity, NaN]\n")
    }

    @Test func escapesStrings() throws {
        let out = try stdout(#"""
            import json
            print(json.dumps("a\"b\\c\n\x01\x7f\u00e9\U0001F600"))
            print(json.dumps("\u00e9\x7f\n", ensure_ascii=False))
            """#)
        #expect(out == #""a\"b\\c\n\u0001\u007f\u00e9\ud83d\ude00""# + "\n" + "\"\u{e9}\u{7f}\\n\"\n")
    }

    @Test func indentSeparatorsAndSortKeys() throws {
        let out = try stdout("""
            import json
            print(json.dumps({"b": [1, {}], "a": []}, indent=2, sort_keys=True))
            print(json.dumps({"x": [1, 2]}, separators=(",", ":")))
            """)
        #expect(out == "{\n  \"a\": [],\n  \"b\": [\n    1,\n    {}\n  ]\n}\n{\"x\":[1,2]}\n")
    }

    @Test func decodesDocuments() throws {
        let v = try value(#"""
            import json
            json.loads('{"a": [1, 2.5, -3e2, true, null], "b": "\\u00e9\\ud83d\\ude00", "c": {}}')
            """#)
        #expect(v == .dict([
            (.string("a"), .list([.int(1), .float(2.5), .float(-300.0), .bool(true), .none])),
            (.string("b"), .string("\u{e9}\u{1F600}")),
            (.string("c"), .dict([])),
        ]))
    }

    @Test func decodeErrorsCarryCPythonMessagesAndPositions() throws {
        let out = try stdout("""
            import json
            for doc in ['', '{"a" 1}', '[1, 2,]', '{"a": 1,}', '"abc', '[1] x', '{"é": tru}']:
                try:
                    json.loads(doc)
                except json.JSONDecodeError as e:
                    print(e)
            """)
        #expect(out == """
            Expecting value: line 1 column 1 (char 0)
            Expecting ':' delimiter: line 1 column 6 (char 5)
            Expecting value: line 1 column 7 (char 6)
            Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
            Unterminated string starting at: line 1 column 1 (char 0)
            Extra data: line 1 column 5 (char 4)
            Expecting value: line 1 column 7 (char 6)

            """)
    }

    @Test func uncaughtDecodeErrorIsQualified() throws {
        do {
            _ = try Program(source: "import json\njson.loads('[1,')\n", filename: "x.py").run()
            Issue.record("expected an exception")
        } catch let error as PythonException {
            #expect(error.typeName == "JSONDecodeError" || error.typeName == "json.decoder.JSONDecodeError")
            #expect(error.message == "Expecting value: line 1 column 4 (char 3)")
        }
    }

    @Test func circularReferencesAndUnserializableValues() throws {
        let out = try stdout("""
            import json
            a = []
            a.append(a)
            for obj in [a, {1, 2}, {(1,): 2}]:
                try:
                    json.dumps(obj)
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)
            """)
        #expect(out == """
            ValueError Circular reference detected
            TypeError Object of type set is not JSON serializable
            TypeError keys must be str, int, float, bool or None, not tuple

            """)
    }

    @Test func roundTripsLargeDocument() throws {
        let out = try stdout("""
            import json
            rows = [{"id": i, "name": "n%d" % i, "v": i / 7, "tags": ["a", "b"], "ok": i % 2 == 0} for i in range(20000)]
            s = json.dumps(rows)
            print(len(s), json.loads(s) == rows)
            """)
        #expect(out.hasSuffix(" True\n"))
    }
}
