/// An error raised by the interpreter's pure algorithms (number and text parsing/formatting),
/// which do not know about the VM's object model.
///
/// The VM turns it into the Python exception named by ``kind`` with ``message`` as its text.
struct PyErrorMessage: Error, Equatable, Sendable {
    /// The Python exception class the error maps to.
    enum Kind: Equatable, Sendable {
        case valueError
        case typeError
        case overflowError
        case indexError
        case keyError
        case memoryError
        case zeroDivisionError
    }

    let kind: Kind
    let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
