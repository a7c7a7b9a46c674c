/// `hashlib`: md5, sha1, sha224, sha256, sha384, sha512, sha3_*, shake_*, blake2b/blake2s
/// implemented in Swift (no platform crypto library), with `update`/`digest`/`hexdigest`/`copy`, `name`, `digest_size`,
/// `block_size`, `hashlib.new(name, data)`.
enum HashlibModule {
    enum Algorithm: String, CaseIterable {
        case md5, sha1, sha224, sha256, sha384, sha512

        var digestSize: Int {
            switch self {
            case .md5: return 16
            case .sha1: return 20
            case .sha224: return 28
            case .sha256: return 32
            case .sha384: return 48
            case .sha512: return 64
            }
        }

        var blockSize: Int {
            switch self {
            case .sha384, .sha512: return 128
            default: return 64
            }
        }
    }

    /// A running hash: buffered input plus the chaining state of one algorithm.
    struct Hasher {
        let algorithm: Algorithm
        var h32: [UInt32] = []
        var h64: [UInt64] = []
        var buffer: [UInt8] = []
        var length: UInt64 = 0

        init(_ algorithm: Algorithm) {
            self.algorithm = algorithm
            switch algorithm {
            case .md5: h32 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
            case .sha1: h32 = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
            case .sha224: h32 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
            case .sha256: h32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
            case .sha384: h64 = [0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                                 0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4]
            case .sha512: h64 = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
            }
        }

        mutating func update(_ data: [UInt8]) {
            length &+= UInt64(data.count)
            let block = algorithm.blockSize
            var start = 0
            if !buffer.isEmpty {
                let take = min(block - buffer.count, data.count)
                buffer.append(contentsOf: data[0..<take])
                start = take
                if buffer.count == block {
                    let b = buffer
                    compress(b[...])
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            while start + block <= data.count {
                compress(data[start..<(start + block)])
                start += block
            }
            if start < data.count { buffer.append(contentsOf: data[start...]) }
        }

        func digest() -> [UInt8] {
            var copy = self
            let block = algorithm.blockSize
            let lengthBytes = block == 128 ? 16 : 8
            let bits = length &* 8
            var pad: [UInt8] = [0x80]
            let used = (buffer.count + 1) % block
            let zeros = (block - lengthBytes - used + block) % block
            pad.append(contentsOf: [UInt8](repeating: 0, count: zeros))
            if algorithm == .md5 {
                for i in 0..<8 { pad.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
            } else {
                if lengthBytes == 16 { pad.append(contentsOf: [UInt8](repeating: 0, count: 8)) }
                for i in (0..<8).reversed() { pad.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
            }
            let savedLength = copy.length
            copy.update(pad)
            copy.length = savedLength
            var out: [UInt8] = []
            switch algorithm {
            case .md5:
                for w in copy.h32 { for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt32(i)))) } }
            case .sha1, .sha224, .sha256:
                for w in copy.h32 { for i in (0..<4).reversed() { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt32(i)))) } }
            case .sha384, .sha512:
                for w in copy.h64 { for i in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt64(i)))) } }
            }
            return Array(out.prefix(algorithm.digestSize))
        }

        mutating func compress(_ block: ArraySlice<UInt8>) {
            switch algorithm {
            case .md5: md5Block(block)
            case .sha1: sha1Block(block)
            case .sha224, .sha256: sha256Block(block)
            case .sha384, .sha512: sha512Block(block)
            }
        }

        static let md5Shifts: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                          5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                                          4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                          6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
        static let md5K: [UInt32] = [
            0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
            0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
            0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x2441453, 0xd8a1e681, 0xe7d3fbc8,
            0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
            0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
            0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x4881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
            0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
            0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
        ]

        mutating func md5Block(_ block: ArraySlice<UInt8>) {
            let base = block.startIndex
            var m = [UInt32](repeating: 0, count: 16)
            for i in 0..<16 {
                let j = base + i * 4
                m[i] = UInt32(block[j]) | UInt32(block[j + 1]) << 8 | UInt32(block[j + 2]) << 16 | UInt32(block[j + 3]) << 24
            }
            var a = h32[0], b = h32[1], c = h32[2], d = h32[3]
            for i in 0..<64 {
                var f: UInt32
                var g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ Self.md5K[i] &+ m[g]
                a = d
                d = c
                c = b
                b = b &+ rotl(f, Self.md5Shifts[i])
            }
            h32[0] = h32[0] &+ a
            h32[1] = h32[1] &+ b
            h32[2] = h32[2] &+ c
            h32[3] = h32[3] &+ d
        }

        mutating func sha1Block(_ block: ArraySlice<UInt8>) {
            let base = block.startIndex
            var w = [UInt32](repeating: 0, count: 80)
            for i in 0..<16 {
                let j = base + i * 4
                w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
            }
            for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var a = h32[0], b = h32[1], c = h32[2], d = h32[3], e = h32[4]
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5A827999
                case 20..<40: f = b ^ c ^ d; k = 0x6ED9EBA1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
                default: f = b ^ c ^ d; k = 0xCA62C1D6
                }
                let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d
                d = c
                c = rotl(b, 30)
                b = a
                a = t
            }
            h32[0] = h32[0] &+ a
            h32[1] = h32[1] &+ b
            h32[2] = h32[2] &+ c
            h32[3] = h32[3] &+ d
            h32[4] = h32[4] &+ e
        }

        static let k256: [UInt32] = [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ]

        mutating func sha256Block(_ block: ArraySlice<UInt8>) {
            let base = block.startIndex
            var w = [UInt32](repeating: 0, count: 64)
            for i in 0..<16 {
                let j = base + i * 4
                w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h32[0], b = h32[1], c = h32[2], d = h32[3], e = h32[4], f = h32[5], g = h32[6], h = h32[7]
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ ch &+ Self.k256[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            h32[0] = h32[0] &+ a; h32[1] = h32[1] &+ b; h32[2] = h32[2] &+ c; h32[3] = h32[3] &+ d
            h32[4] = h32[4] &+ e; h32[5] = h32[5] &+ f; h32[6] = h32[6] &+ g; h32[7] = h32[7] &+ h
        }

        static let k512: [UInt64] = [
            0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
            0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
            0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
            0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
            0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
            0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
            0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
            0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
            0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
            0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
            0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
            0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
            0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
            0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
            0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
            0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
        ]

        mutating func sha512Block(_ block: ArraySlice<UInt8>) {
            let base = block.startIndex
            var w = [UInt64](repeating: 0, count: 80)
            for i in 0..<16 {
                var v: UInt64 = 0
                for k in 0..<8 { v = v << 8 | UInt64(block[base + i * 8 + k]) }
                w[i] = v
            }
            for i in 16..<80 {
                let s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
                let s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h64[0], b = h64[1], c = h64[2], d = h64[3], e = h64[4], f = h64[5], g = h64[6], h = h64[7]
            for i in 0..<80 {
                let s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)
                let ch = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ ch &+ Self.k512[i] &+ w[i]
                let s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            h64[0] = h64[0] &+ a; h64[1] = h64[1] &+ b; h64[2] = h64[2] &+ c; h64[3] = h64[3] &+ d
            h64[4] = h64[4] &+ e; h64[5] = h64[5] &+ f; h64[6] = h64[6] &+ g; h64[7] = h64[7] &+ h
        }
    }

    final class HashObject: PyNativeObject, @unchecked Sendable {
        var engine: Engine

        init(_ engine: Engine) {
            self.engine = engine
            super.init(type: HashlibModule.hashType)
        }
    }

    /// The digest length: fixed, or the `length` argument SHAKE requires.
    static func digestLength(_ vm: VM, _ h: HashObject, _ args: Arguments, _ name: String) throws(PythonError) -> Int {
        if h.engine.isShake {
            try args.check(name, min: 1, max: 2, keywords: ["length"], vm: vm)
            let v = args.positionalCount > 1 ? args[1] : args.keyword("length")
            guard let v else {
                throw vm.makeError(Builtins.shared.typeError, "\(name)() missing required argument 'length' (pos 1)")
            }
            let n = try vm.indexValue(v)
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "length must be non-negative") }
            if n > 1 << 24 { throw vm.makeError(Builtins.shared.memoryError, "") }
            return n
        }
        try args.check(name, min: 1, max: 1, vm: vm)
        return h.engine.digestSize
    }

    static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func dataArgument(_ vm: VM, _ v: Value) throws(PythonError) -> [UInt8] {
        if let b = v.asBytes { return b.bytes }
        if case .str = v { throw vm.makeError(Builtins.shared.typeError, "Strings must be encoded before hashing") }
        throw vm.makeError(Builtins.shared.typeError, "object supporting the buffer API required")
    }

    static func receiver(_ vm: VM, _ args: Arguments, _ name: String) throws(PythonError) -> HashObject {
        guard args.count > 0, case .object(let o) = args[0], let h = o as? HashObject else {
            throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a '_hashlib.HASH' object")
        }
        return h
    }

    static let hashType: PyType = {
        let t = SystemSupport.nativeType("HASH", module: "_hashlib")
        t.dict.setString(PyType.tpNameKey, .str(PyStr("_hashlib.HASH")))
        SystemSupport.method(t, "update") { vm, args throws(PythonError) in
            let h = try receiver(vm, args, "update")
            try args.check("update", min: 2, max: 2, vm: vm)
            h.engine.update(try dataArgument(vm, args[1]))
            return .none
        }
        SystemSupport.method(t, "digest") { vm, args throws(PythonError) in
            let h = try receiver(vm, args, "digest")
            let n = try digestLength(vm, h, args, "digest")
            return .object(PyBytes(h.engine.digest(length: n)))
        }
        SystemSupport.method(t, "hexdigest") { vm, args throws(PythonError) in
            let h = try receiver(vm, args, "hexdigest")
            let n = try digestLength(vm, h, args, "hexdigest")
            return .str(PyStr(hexString(h.engine.digest(length: n))))
        }
        SystemSupport.method(t, "copy") { vm, args throws(PythonError) in
            let h = try receiver(vm, args, "copy")
            return .object(HashObject(h.engine))
        }
        SystemSupport.method(t, "__repr__") { vm, args throws(PythonError) in
            let h = try receiver(vm, args, "__repr__")
            switch h.engine {
            case .md, .keccak: return .str(PyStr("<\(h.engine.name) _hashlib.HASH object @ \(vm.address(args[0]))>"))
            case .blake2: return .str(PyStr("<_blake2.\(h.engine.name) object at \(vm.address(args[0]))>"))
            }
        }
        let props: [(String, (HashObject) -> Value)] = [
            ("name", { .str(PyStr($0.engine.name)) }),
            ("digest_size", { .int($0.engine.digestSize) }),
            ("block_size", { .int($0.engine.blockSize) }),
        ]
        for (name, get) in props {
            let getter = PyBuiltinFunction(name: name, owner: "HASH") { vm, args throws(PythonError) in
                get(try receiver(vm, args, name))
            }
            t.dict.setString(PyStr(frozen: name), .object(PyProperty(getter: .object(getter), setter: .none, deleter: .none, doc: .none)))
        }
        return t
    }()

    static func callBlake2(_ vm: VM, _ data: Value?, isB: Bool) throws(PythonError) -> Value {
        var engine = Engine.blake2(Blake2(isB: isB, digestSize: isB ? 64 : 32, key: [], salt: [], person: []))
        if let d = data, !d.isNone { engine.update(try dataArgument(vm, d)) }
        return .object(HashObject(engine))
    }

    static func construct(_ vm: VM, _ engine: Engine, _ data: Value?) throws(PythonError) -> Value {
        var engine = engine
        if let d = data, !d.isNone { engine.update(try dataArgument(vm, d)) }
        return .object(HashObject(engine))
    }

    static let sha3Names = ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]

    /// The engine for a `hashlib.new` name (case-insensitive, OpenSSL spellings accepted).
    static func engine(named raw: String) -> Engine? {
        let lower = raw.lowercased()
        for candidate in [lower, lower.replacing("-", with: "_"), lower.replacing("-", with: "")] {
            if let a = Algorithm(rawValue: candidate) { return .md(Hasher(a)) }
            if let e = Engine.sha3(candidate) { return e }
        }
        return nil
    }

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("hashlib")
        for algorithm in Algorithm.allCases {
            let name = algorithm.rawValue
            m.function(name) { vm, args throws(PythonError) in
                try args.check("openssl_\(name)", min: 0, max: 1, keywords: ["string", "usedforsecurity"], vm: vm)
                let data = args.positionalCount > 0 ? args[0] : args.keyword("string")
                return try construct(vm, .md(Hasher(algorithm)), data)
            }
        }
        m.function("new") { vm, args throws(PythonError) in
            try args.check("new", min: 1, max: 2, keywords: ["name", "data", "string", "usedforsecurity"], vm: vm)
            guard case .str(let name) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "new() argument 'name' must be str, not \(vm.typeName(args[0]))")
            }
            let lower = name.value.lowercased()
            if lower == "blake2b" || lower == "blake2s" {
                let data = args.positionalCount > 1 ? args[1] : (args.keyword("data") ?? args.keyword("string"))
                return try callBlake2(vm, data, isB: lower == "blake2b")
            }
            guard let engine = engine(named: name.value) else {
                throw vm.makeError(Builtins.shared.valueError, "unsupported hash type \(name.value)")
            }
            let data = args.positionalCount > 1 ? args[1] : (args.keyword("data") ?? args.keyword("string"))
            return try construct(vm, engine, data)
        }
        for name in sha3Names {
            m.function(name) { vm, args throws(PythonError) in
                try args.check("openssl_\(name)", min: 0, max: 1, keywords: ["string", "usedforsecurity"], vm: vm)
                let data = args.positionalCount > 0 ? args[0] : args.keyword("string")
                guard let e = Engine.sha3(name) else { return .none }
                return try construct(vm, e, data)
            }
        }
        m.function("blake2b") { vm, args throws(PythonError) in try makeBlake2(vm, args, isB: true) }
        m.function("blake2s") { vm, args throws(PythonError) in try makeBlake2(vm, args, isB: false) }
        let names = (Algorithm.allCases.map { $0.rawValue } + sha3Names + ["blake2b", "blake2s"]).map { Value.str(PyStr($0)) }
        let guaranteed = PySet(frozen: true)
        let available = PySet(frozen: false)
        for n in names {
            try guaranteed.add(n, vm: vm)
            try available.add(n, vm: vm)
        }
        m.value("algorithms_guaranteed", .object(guaranteed))
        m.value("algorithms_available", .object(available))
        return m.module
    }
}

@inline(__always) fileprivate func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
@inline(__always) fileprivate func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
@inline(__always) fileprivate func rotr64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

