// An agent host embedding Garter: three Swift tools (one async), model-style code that loops,
// branches, gathers and catches tool errors, and a human-approval step that pauses the run,
// saves it to a file and resumes it in a second process.
//
//   swift run garter-example run                 # everything in one process
//   swift run garter-example start state.bin     # run until approval is needed, save, exit
//   swift run garter-example approve state.bin   # later, in another process: resume and finish

import Foundation
import Garter

let agentCode = """
    import asyncio

    async def main():
        orders = await asyncio.gather(*(fetch_order(i) for i in order_ids), return_exceptions=True)
        total = 0.0
        for order_id, order in zip(order_ids, orders):
            if isinstance(order, LookupError):
                print(f"order {order_id}: missing ({order})")
                continue
            amount = convert(order["amount"], order["currency"])
            total += amount
            print(f"order {order_id}: {amount:.2f} EUR")
        return round(total, 2)

    total = asyncio.run(main())
    receipt = refund(total) if total > 100 else None
    (total, receipt)
    """

/// Tool 1 (async): an order lookup that would hit a database or an HTTP API.
let fetchOrder = HostFunction("fetch_order", parameters: ["order_id"]) { (call: ExternalCall) async throws -> PythonValue in
    try await Task.sleep(nanoseconds: 10_000_000)
    guard case .int(let id)? = call.argument("order_id") else { throw ExternalError("TypeError", "order_id must be an int") }
    if id == 3 { throw ExternalError("LookupError", "no order \(id)") }
    return ["id": .int(id), "amount": .float(Double(id) * 45.5), "currency": id.isMultiple(of: 2) ? "USD" : "EUR"]
}

/// Tool 2 (sync): currency conversion.
let convert = HostFunction("convert", parameters: ["amount", "currency"]) { call in
    guard case .float(let amount)? = call.argument("amount"), case .string(let currency)? = call.argument("currency") else {
        throw ExternalError("TypeError", "convert(amount: float, currency: str)")
    }
    return .float(currency == "USD" ? amount * 0.92 : amount)
}

/// Tool 3 (sync, sensitive): refunds need a human's approval, so the host pauses there.
let refund = ExternalFunction("refund", parameters: ["amount"])

let program = try Program(source: agentCode, filename: "agent.py")
let inputs: [String: PythonValue] = ["order_ids": [1, 2, 3, 4]]

/// Runs until the refund call (answering the other tools), returning the pause.
func runUntilApproval() async throws -> PausedExecution? {
    var progress = try program.start(inputs: inputs, externals: [fetchOrder.declaration, convert.declaration, refund])
    var pending: [Int: Task<ExternalResult, Never>] = [:]
    while true {
        switch progress {
        case .complete(let result):
            print(result.stdout, terminator: "")
            print("finished without approval:", result.value)
            return nil
        case .call(let call, let paused):
            switch call.name {
            case "fetch_order":
                pending[call.id] = Task { await fetchOrder.answer(call) }
                progress = try paused.resume(.pending)
            case "convert":
                progress = try paused.resume(await convert.answer(call))
            default:
                print(paused.stdout, terminator: "")
                print("approval needed: \(call)")
                return paused
            }
        case .os(_, let paused):
            // Only with `OSConfiguration.filesAnsweredByHost`; this agent gets no files.
            progress = try paused.resume(os: .error(OSAccessError(.permissionDenied)))
        case .waiting(let ids, let paused):
            var results: [Int: ExternalResult] = [:]
            for id in ids { if let t = pending.removeValue(forKey: id) { results[id] = await t.value } }
            progress = try paused.resume(results: results)
        }
    }
}

func approve(_ paused: PausedExecution) throws {
    guard let call = paused.call, call.name == "refund" else { return }
    let progress = try paused.resume(.value(["refunded": call.argument("amount") ?? .none, "status": "approved"]))
    if case .complete(let result) = progress {
        print("result:", result.value)
    }
}

let args = CommandLine.arguments.dropFirst()
switch (args.first, args.dropFirst().first) {
case ("run"?, _), (nil, _):
    // The convenience runner answers every tool; refund is approved automatically here.
    let autoRefund = HostFunction("refund", parameters: ["amount"]) { call in ["refunded": call.argument("amount") ?? .none, "status": "auto"] }
    let result = try await program.run(inputs: inputs, functions: [fetchOrder, convert, autoRefund])
    print(result.stdout, terminator: "")
    print("result:", result.value)
case ("start"?, let file?):
    if let paused = try await runUntilApproval() {
        try paused.serialized().write(to: URL(fileURLWithPath: file))
        print("saved \(try paused.serialized().count) bytes to \(file)")
    }
case ("approve"?, let file?):
    let paused = try PausedExecution(serialized: try Data(contentsOf: URL(fileURLWithPath: file)))
    print("resuming: \(paused.call?.description ?? "?")")
    try approve(paused)
default:
    print("usage: garter-example [run | start FILE | approve FILE]")
}
