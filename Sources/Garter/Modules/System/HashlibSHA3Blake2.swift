/// SHA-3 (FIPS 202: sha3_224/256/384/512, shake_128/256) and BLAKE2 (RFC 7693: blake2b,
/// blake2s with digest_size, key, salt, person) for `hashlib`.
extension HashlibModule {
    /// Keccak-f[1600] sponge.
    struct Keccak {
        var state = [UInt64](repeating: 0, count: 25)
        /// Bytes absorbed per permutation.
        let rate: Int
        /// Domain separation suffix: 0x06 for SHA-3, 0x1f for SHAKE.
        let suffix: UInt8
        var buffer: [UInt8] = []

        init(rate: Int, suffix: UInt8) {
            self.rate = rate
            self.suffix = suffix
        }

        static let roundConstants: [UInt64] = [
            0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
            0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
            0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
            0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
            0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
            0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
        ]
        static let rotations: [UInt64] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
        static let piLanes: [Int] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]

        static func permute(_ st: inout [UInt64]) {
            var bc = [UInt64](repeating: 0, count: 5)
            for round in 0..<24 {
                for i in 0..<5 { bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20] }
                for i in 0..<5 {
                    let t = bc[(i + 4) % 5] ^ rotl64(bc[(i + 1) % 5], 1)
                    for j in stride(from: 0, to: 25, by: 5) { st[j + i] ^= t }
                }
                var t = st[1]
                for i in 0..<24 {
                    let j = piLanes[i]
                    let saved = st[j]
                    st[j] = rotl64(t, rotations[i])
                    t = saved
                }
                for j in stride(from: 0, to: 25, by: 5) {
                    for i in 0..<5 { bc[i] = st[j + i] }
                    for i in 0..<5 { st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5] }
                }
                st[0] ^= roundConstants[round]
            }
        }

        mutating func absorb(_ block: ArraySlice<UInt8>) {
            var i = 0
            var idx = block.startIndex
            while i < rate / 8 {
                var lane: UInt64 = 0
                for b in 0..<8 { lane |= UInt64(block[idx + b]) << (8 * UInt64(b)) }
                state[i] ^= lane
                i += 1
                idx += 8
            }
            Keccak.permute(&state)
        }

        mutating func update(_ data: [UInt8]) {
            var start = 0
            if !buffer.isEmpty {
                let take = min(rate - buffer.count, data.count)
                buffer.append(contentsOf: data[0..<take])
                start = take
                if buffer.count == rate {
                    let b = buffer
                    absorb(b[...])
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            while start + rate <= data.count {
                absorb(data[start..<(start + rate)])
                start += rate
            }
            if start < data.count { buffer.append(contentsOf: data[start...]) }
        }

        func squeeze(_ length: Int) -> [UInt8] {
            var copy = self
            var block = copy.buffer
            block.append(suffix)
            block.append(contentsOf: [UInt8](repeating: 0, count: rate - block.count))
            block[rate - 1] |= 0x80
            copy.absorb(block[...])
            var out: [UInt8] = []
            out.reserveCapacity(length)
            while true {
                for i in 0..<(rate / 8) {
                    for b in 0..<8 {
                        if out.count == length { return out }
                        out.append(UInt8(truncatingIfNeeded: copy.state[i] >> (8 * UInt64(b))))
                    }
                }
                if out.count == length { return out }
                Keccak.permute(&copy.state)
            }
        }
    }

    /// BLAKE2b (64-bit words) or BLAKE2s (32-bit words), as one generic engine over the
    /// word size.
    struct Blake2 {
        let isB: Bool
        let digestSize: Int
        var h: [UInt64]
        var buffer: [UInt8] = []
        var counter: (lo: UInt64, hi: UInt64) = (0, 0)

        var blockSize: Int { isB ? 128 : 64 }

        static let ivB: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                   0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
        static let ivS: [UInt64] = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19]
        static let sigma: [[Int]] = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
            [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
            [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
            [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
            [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
            [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
            [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
            [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
            [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
            [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
        ]

        /// Parameters already validated by the caller.
        init(isB: Bool, digestSize: Int, key: [UInt8], salt: [UInt8], person: [UInt8]) {
            self.isB = isB
            self.digestSize = digestSize
            h = isB ? Blake2.ivB : Blake2.ivS
            let wordBytes = isB ? 8 : 4
            h[0] ^= UInt64(0x01010000) ^ (UInt64(key.count) << 8) ^ UInt64(digestSize)
            func xorBytes(_ bytes: [UInt8], at word: Int) {
                for (i, b) in bytes.enumerated() {
                    let w = word + i / wordBytes
                    h[w] ^= UInt64(b) << (8 * UInt64(i % wordBytes))
                }
            }
            xorBytes(salt, at: 4)
            xorBytes(person, at: 6)
            if !key.isEmpty {
                var block = key
                block.append(contentsOf: [UInt8](repeating: 0, count: blockSize - key.count))
                update(block)
            }
        }

        mutating func increment(_ n: Int) {
            let (lo, o) = counter.lo.addingReportingOverflow(UInt64(n))
            counter.lo = lo
            if o { counter.hi &+= 1 }
            if !isB && counter.lo > 0xffff_ffff {
                // BLAKE2s counts in two 32-bit words.
                counter.hi &+= counter.lo >> 32
                counter.lo &= 0xffff_ffff
            }
        }

        mutating func compress(_ block: ArraySlice<UInt8>, last: Bool) {
            let wordBytes = isB ? 8 : 4
            let mask: UInt64 = isB ? ~0 : 0xffff_ffff
            var m = [UInt64](repeating: 0, count: 16)
            var idx = block.startIndex
            for i in 0..<16 {
                var w: UInt64 = 0
                for b in 0..<wordBytes { w |= UInt64(block[idx + b]) << (8 * UInt64(b)) }
                m[i] = w
                idx += wordBytes
            }
            var v = h + (isB ? Blake2.ivB : Blake2.ivS)
            v[12] ^= counter.lo
            v[13] ^= counter.hi
            if last { v[14] = ~v[14] & mask }
            let (r1, r2, r3, r4): (UInt64, UInt64, UInt64, UInt64) = isB ? (32, 24, 16, 63) : (16, 12, 8, 7)
            let bits: UInt64 = isB ? 64 : 32
            @inline(__always) func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { ((x >> n) | (x << (bits - n))) & mask }
            @inline(__always) func g(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
                v[a] = (v[a] &+ v[b] &+ x) & mask
                v[d] = rotr(v[d] ^ v[a], r1)
                v[c] = (v[c] &+ v[d]) & mask
                v[b] = rotr(v[b] ^ v[c], r2)
                v[a] = (v[a] &+ v[b] &+ y) & mask
                v[d] = rotr(v[d] ^ v[a], r3)
                v[c] = (v[c] &+ v[d]) & mask
                v[b] = rotr(v[b] ^ v[c], r4)
            }
            for round in 0..<(isB ? 12 : 10) {
                let s = Blake2.sigma[round % 10]
                g(0, 4, 8, 12, m[s[0]], m[s[1]])
                g(1, 5, 9, 13, m[s[2]], m[s[3]])
                g(2, 6, 10, 14, m[s[4]], m[s[5]])
                g(3, 7, 11, 15, m[s[6]], m[s[7]])
                g(0, 5, 10, 15, m[s[8]], m[s[9]])
                g(1, 6, 11, 12, m[s[10]], m[s[11]])
                g(2, 7, 8, 13, m[s[12]], m[s[13]])
                g(3, 4, 9, 14, m[s[14]], m[s[15]])
            }
            for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
        }

        mutating func update(_ data: [UInt8]) {
            // The last block is kept back: it must be compressed with the final flag.
            var start = 0
            while start < data.count {
                if buffer.count == blockSize {
                    increment(blockSize)
                    let b = buffer
                    compress(b[...], last: false)
                    buffer.removeAll(keepingCapacity: true)
                }
                let take = min(blockSize - buffer.count, data.count - start)
                buffer.append(contentsOf: data[start..<(start + take)])
                start += take
            }
        }

        func digest() -> [UInt8] {
            var copy = self
            copy.increment(copy.buffer.count)
            var block = copy.buffer
            block.append(contentsOf: [UInt8](repeating: 0, count: blockSize - block.count))
            copy.compress(block[...], last: true)
            let wordBytes = isB ? 8 : 4
            var out: [UInt8] = []
            for w in copy.h {
                for b in 0..<wordBytes { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt64(b)))) }
            }
            return Array(out.prefix(digestSize))
        }
    }

    /// One running hash of any supported algorithm.
    enum Engine {
        case md(Hasher)
        case keccak(Keccak, name: String, digestSize: Int)
        case blake2(Blake2)

        var name: String {
            switch self {
            case .md(let h): return h.algorithm.rawValue
            case .keccak(_, let name, _): return name
            case .blake2(let b): return b.isB ? "blake2b" : "blake2s"
            }
        }

        var digestSize: Int {
            switch self {
            case .md(let h): return h.algorithm.digestSize
            case .keccak(_, _, let size): return size
            case .blake2(let b): return b.digestSize
            }
        }

        var blockSize: Int {
            switch self {
            case .md(let h): return h.algorithm.blockSize
            case .keccak(let k, _, _): return k.rate
            case .blake2(let b): return b.blockSize
            }
        }

        var isShake: Bool {
            if case .keccak(_, _, 0) = self { return true }
            return false
        }

        mutating func update(_ data: [UInt8]) {
            switch self {
            case .md(var h): h.update(data); self = .md(h)
            case .keccak(var k, let name, let size): k.update(data); self = .keccak(k, name: name, digestSize: size)
            case .blake2(var b): b.update(data); self = .blake2(b)
            }
        }

        func digest(length: Int) -> [UInt8] {
            switch self {
            case .md(let h): return h.digest()
            case .keccak(let k, _, let size): return k.squeeze(size == 0 ? length : size)
            case .blake2(let b): return b.digest()
            }
        }

        static func sha3(_ name: String) -> Engine? {
            switch name {
            case "sha3_224": return .keccak(Keccak(rate: 144, suffix: 0x06), name: name, digestSize: 28)
            case "sha3_256": return .keccak(Keccak(rate: 136, suffix: 0x06), name: name, digestSize: 32)
            case "sha3_384": return .keccak(Keccak(rate: 104, suffix: 0x06), name: name, digestSize: 48)
            case "sha3_512": return .keccak(Keccak(rate: 72, suffix: 0x06), name: name, digestSize: 64)
            case "shake_128": return .keccak(Keccak(rate: 168, suffix: 0x1f), name: name, digestSize: 0)
            case "shake_256": return .keccak(Keccak(rate: 136, suffix: 0x1f), name: name, digestSize: 0)
            default: return nil
            }
        }
    }

    /// `hashlib.blake2b(...)` / `hashlib.blake2s(...)` with CPython's parameter checks.
    static func makeBlake2(_ vm: VM, _ args: Arguments, isB: Bool) throws(PythonError) -> Value {
        let name = isB ? "blake2b" : "blake2s"
        try args.check(name, min: 0, max: 1, keywords: ["digest_size", "key", "salt", "person", "fanout", "depth",
                                                         "leaf_size", "node_offset", "node_depth", "inner_size",
                                                         "last_node", "usedforsecurity"], vm: vm)
        let maxDigest = isB ? 64 : 32
        let maxSalt = isB ? 16 : 8
        var digestSize = maxDigest
        if let d = args.keyword("digest_size") {
            digestSize = try vm.indexValue(d)
            if digestSize < 1 || digestSize > maxDigest {
                throw vm.makeError(Builtins.shared.valueError, "digest_size must be between 1 and \(maxDigest) bytes")
            }
        }
        func bytesKeyword(_ key: String) throws(PythonError) -> [UInt8] {
            guard let v = args.keyword(key) else { return [] }
            return try dataArgument(vm, v)
        }
        let key = try bytesKeyword("key"), salt = try bytesKeyword("salt"), person = try bytesKeyword("person")
        if key.count > maxDigest { throw vm.makeError(Builtins.shared.valueError, "maximum key length is \(maxDigest) bytes") }
        if salt.count > maxSalt { throw vm.makeError(Builtins.shared.valueError, "maximum salt length is \(maxSalt) bytes") }
        if person.count > maxSalt { throw vm.makeError(Builtins.shared.valueError, "maximum person length is \(maxSalt) bytes") }
        var engine = Engine.blake2(Blake2(isB: isB, digestSize: digestSize, key: key, salt: salt, person: person))
        if args.positionalCount > 0, !args[0].isNone { engine.update(try dataArgument(vm, args[0])) }
        return .object(HashObject(engine))
    }
}

@inline(__always) private func rotl64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x << n) | (x >> (64 - n)) }
