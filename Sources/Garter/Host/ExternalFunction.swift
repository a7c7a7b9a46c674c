/// A host function made callable from Python, as declared to ``Program/start(inputs:externals:limits:output:cancellation:nestedCallHandler:os:)``.
///
/// Calling it from Python pauses the run with ``Progress/call(_:_:)``; the host answers with
/// ``ExternalResult``. An asynchronous function (`isAsync`) returns an awaitable instead, so
/// `await fetch(x)` and `asyncio.gather(fetch(a), fetch(b))` hand every call to the host
/// before waiting for any of them.
public struct ExternalFunction: Sendable, Hashable {
    /// The Python name the function is bound to (a global of the program).
    public let name: String
    /// Parameter names, when declared: positional arguments are then passed to the host as
    /// keyword arguments, and a call with too many arguments raises `TypeError` in Python.
    public let parameters: [String]?
    /// True for functions Python must `await` (an `async def` on the Python side).
    public let isAsync: Bool

    /// Declares a host function.
    public init(_ name: String, parameters: [String]? = nil, isAsync: Bool = false) {
        self.name = name
        self.parameters = parameters
        self.isAsync = isAsync
    }
}

/// One call from Python into the host.
public struct ExternalCall: Sendable, CustomStringConvertible {
    /// Unique within the run; `.waiting` pauses list the ids of unfinished asynchronous calls.
    public let id: Int
    /// The external function's name.
    public let name: String
    /// Positional arguments (empty when the function declares parameter names).
    public let args: [PythonValue]
    /// Keyword arguments, in call order.
    public let kwargs: [(String, PythonValue)]
    /// True when the call came from an asynchronous function: the host may answer
    /// ``ExternalResult/pending`` and settle it at a later `.waiting` pause.
    public let isAsync: Bool

    /// The keyword argument `name`, if given.
    public func argument(_ name: String) -> PythonValue? {
        kwargs.first { $0.0 == name }?.1
    }

    /// `name(args..., key=value...)` with Python reprs.
    public var description: String {
        let parts = args.map { $0.description } + kwargs.map { "\($0.0)=\($0.1.description)" }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}

/// The host's answer to an ``ExternalCall``.
public enum ExternalResult: Sendable {
    /// The call returned this value.
    case value(PythonValue)
    /// The call raised a Python exception of the named built-in type (`"ValueError"`,
    /// `"KeyError"`, `"TimeoutError"`, ...). An unknown name raises `RuntimeError`.
    case error(type: String, message: String)
    /// The asynchronous call keeps running; report its result at a `.waiting` pause.
    case pending
}

/// A Swift error a host function can throw to raise a specific Python exception.
///
/// ```swift
/// throw ExternalError("KeyError", "no such user: 42")
/// ```
/// Any other Swift error becomes `RuntimeError` with the error's description.
public struct ExternalError: Error, Sendable {
    /// A built-in exception type name.
    public let type: String
    /// The exception message.
    public let message: String

    /// Creates an error raising `type(message)` in Python.
    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }
}

extension ExternalResult {
    /// The result for a host closure's outcome: a value, or the error it threw.
    static func from(_ body: () throws -> PythonValue) -> ExternalResult {
        do {
            return .value(try body())
        } catch let e as ExternalError {
            return .error(type: e.type, message: e.message)
        } catch {
            return .error(type: "RuntimeError", message: String(describing: error))
        }
    }

    func hostAnswer(vm: VM) -> HostAnswer {
        switch self {
        case .value(let v):
            do {
                return .value(try v.toValue(vm: vm))
            } catch {
                return .error(error.exception)
            }
        case .pending: return .pending
        case .error(let type, let message):
            if case .object(let o)? = Builtins.shared.dict.getString(type), o.kind == .type {
                let t = unsafeDowncast(o, to: PyType.self)
                if t.isSubtype(of: Builtins.shared.baseException) {
                    return .error(vm.makeException(t, message))
                }
            }
            return .error(vm.makeException(Builtins.shared.runtimeError, "\(type): \(message)"))
        }
    }
}

extension ExternalCall {
    init(_ call: PendingExternalCall, vm: VM) {
        id = call.id
        name = call.function.name
        args = call.args.map { PythonValue($0, vm: vm) }
        kwargs = call.keywords.map { ($0.0, PythonValue($0.1, vm: vm)) }
        isAsync = call.function.isAsync
    }
}
