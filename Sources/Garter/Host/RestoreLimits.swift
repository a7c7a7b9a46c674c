#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

extension PausedExecution {
    /// Restores a paused run from ``serialized()`` bytes under limits chosen by the host that
    /// resumes it.
    ///
    /// Snapshot bytes may come from anywhere, so the limits saved in them are not trusted to be
    /// sensible: each of `limits` caps the saved one (the tighter of the two applies). The time
    /// limit counts from the restore; the output and host-call budgets count what the run used
    /// before it was saved.
    ///
    /// ```swift
    /// let paused = try PausedExecution(serialized: bytes, limits: ResourceLimits(maxDuration: 5))
    /// ```
    /// - Parameters:
    ///   - output: where `print` writes from now on (default: collected).
    ///   - limits: caps on the saved limits.
    ///   - os: files, environment, clock, randomness and sleep policies for the rest of the run.
    /// - Throws: ``ExecutionError/invalidSnapshot(_:)`` for bytes that are not a valid snapshot.
    public convenience init(serialized data: Data, output: OutputSink? = nil, limits: ResourceLimits, os: OSConfiguration = OSConfiguration()) throws {
        let (state, pause) = try PausedExecution.restore(data, output: output, limits: limits, os: os)
        self.init(state: state, pause: pause)
    }

    /// Decodes a snapshot into run state, applying `limits` as caps when given.
    static func restore(_ data: Data, output: OutputSink?, limits caps: ResourceLimits?, os: OSConfiguration) throws -> (ExecutionState, VMPause) {
        var decoder = SnapshotDecoder([UInt8](data))
        let decoded: SnapshotDecoder.Decoded
        do {
            decoded = try decoder.decode(output: output, recursionCap: caps?.maxRecursionDepth, os: os)
        } catch {
            throw ExecutionError.invalidSnapshot(error.message)
        }
        guard let pause = decoded.pause else {
            throw ExecutionError.invalidSnapshot("these bytes hold an idle session, not a paused run: use Session(serialized:)")
        }
        let vm = decoded.vm
        var remaining = decoded.remaining
        if let caps {
            // -1 means "no limit" in the VM's budgets.
            func tighter(_ saved: Int, _ cap: Int?) -> Int {
                guard let cap else { return saved }
                let c = max(cap, 0)
                return saved < 0 ? c : min(saved, c)
            }
            vm.maxOutputBytes = tighter(vm.maxOutputBytes, caps.maxOutputBytes)
            vm.maxHostCalls = tighter(vm.maxHostCalls, caps.maxHostCalls)
            let memory = tighter(vm.memoryLimit, caps.maxMemory)
            if memory != vm.memoryLimit || caps.checksResidentMemory {
                vm.startMemoryBudget(memory >= 0 ? memory : nil, checksResidentMemory: caps.checksResidentMemory)
            }
            // Object counts are not part of a snapshot: the restored run starts a fresh budget.
            vm.startAllocationBudget(caps.maxAllocations)
            if let t = caps.maxDuration, t >= 0, t < 1e9 {
                let ns = UInt64(t * 1e9)
                remaining = min(remaining ?? ns, ns)
            }
        }
        let limits = ResourceLimits(maxDuration: nil, maxRecursionDepth: vm.recursionLimit,
                                    maxOutputBytes: vm.maxOutputBytes >= 0 ? vm.maxOutputBytes : nil,
                                    maxHostCalls: vm.maxHostCalls >= 0 ? vm.maxHostCalls : nil,
                                    maxMemory: vm.memoryLimit >= 0 ? vm.memoryLimit : nil,
                                    maxAllocations: vm.allocationLimit >= 0 ? vm.allocationLimit : nil)
        let state = ExecutionState(vm: vm, units: decoded.units, buffer: decoded.buffer, limits: limits)
        state.remaining = remaining
        return (state, pause)
    }
}
