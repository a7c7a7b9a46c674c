/// `unicodedata`: `normalize`/`is_normalized` and `decomposition` over CPython 3.11's own
/// tables (``UnicodeNormalization``); `category`, `name`/`lookup`, `decimal`/`digit`/`numeric`,
/// `combining`, `mirrored` and `east_asian_width` over Swift's Unicode properties.
///
/// Known gaps: those properties are the Unicode version of the Swift runtime (CPython 3.11 has
/// 14.0.0, reported as `unidata_version`); `east_asian_width` uses the main
/// wide/fullwidth/halfwidth ranges rather than the full table; `bidirectional` is absent.
enum UnicodedataModule {
    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("unicodedata")
        m.value("unidata_version", .str(PyStr("14.0.0")))
        m.function("normalize") { vm, args throws(PythonError) in
            try args.check("normalize", min: 2, max: 2, vm: vm)
            guard case .str(let form) = args[0] else { throw vm.makeError(Builtins.shared.typeError, "normalize() argument 1 must be str, not \(vm.typeName(args[0]))") }
            guard case .str(let s) = args[1] else { throw vm.makeError(Builtins.shared.typeError, "normalize() argument 2 must be str, not \(vm.typeName(args[1]))") }
            return .str(PyStr(try normalized(vm, form.value, s.value)))
        }
        m.function("is_normalized") { vm, args throws(PythonError) in
            try args.check("is_normalized", min: 2, max: 2, vm: vm)
            guard case .str(let form) = args[0], case .str(let s) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "is_normalized() arguments must be str")
            }
            let n = try normalized(vm, form.value, s.value)
            return .bool(Array(n.unicodeScalars) == Array(s.value.unicodeScalars))
        }
        m.function("category") { vm, args throws(PythonError) in
            .str(PyStr(category(try scalar(vm, args, "category").properties.generalCategory)))
        }
        m.function("name") { vm, args throws(PythonError) in
            let u = try scalar(vm, args, "name", max: 2)
            if let n = UnicodeCharacterNames.name(of: u) { return .str(PyStr(n)) }
            if args.positionalCount > 1 { return args[1] }
            throw vm.makeError(Builtins.shared.valueError, "no such name")
        }
        m.function("lookup") { vm, args throws(PythonError) in
            try args.check("lookup", min: 1, max: 1, vm: vm)
            guard case .str(let name) = args[0] else { throw vm.makeError(Builtins.shared.typeError, "lookup() argument must be str, not \(vm.typeName(args[0]))") }
            if let u = UnicodeCharacterNames.scalar(named: name.value) { return .str(PyStr(String(u))) }
            throw vm.makeError(Builtins.shared.keyError, "undefined character name '\(name.value)'")
        }
        for (fn, kinds) in [("decimal", [Unicode.NumericType.decimal]), ("digit", [.decimal, .digit]),
                            ("numeric", [.decimal, .digit, .numeric])] {
            m.function(fn) { vm, args throws(PythonError) in
                let u = try scalar(vm, args, fn, max: 2)
                if let t = u.properties.numericType, kinds.contains(t), let v = u.properties.numericValue {
                    return fn == "numeric" ? .float(v) : .int(Int(v))
                }
                if args.positionalCount > 1 { return args[1] }
                throw vm.makeError(Builtins.shared.valueError, fn == "numeric" ? "not a numeric character" : "not a \(fn)")
            }
        }
        m.function("decomposition") { vm, args throws(PythonError) in
            .str(PyStr(UnicodeNormalization.decomposition(try scalar(vm, args, "decomposition"))))
        }
        m.function("combining") { vm, args throws(PythonError) in
            .int(Int(try scalar(vm, args, "combining").properties.canonicalCombiningClass.rawValue))
        }
        m.function("mirrored") { vm, args throws(PythonError) in
            .int(try scalar(vm, args, "mirrored").properties.isBidiMirrored ? 1 : 0)
        }
        m.function("east_asian_width") { vm, args throws(PythonError) in
            .str(PyStr(eastAsianWidth(try scalar(vm, args, "east_asian_width").value)))
        }
        return m.module
    }

    static func normalized(_ vm: VM, _ form: String, _ s: String) throws(PythonError) -> String {
        guard let form = UnicodeNormalization.Form(rawValue: form) else {
            throw vm.makeError(Builtins.shared.valueError, "invalid normalization form")
        }
        return UnicodeNormalization.normalize(s, form)
    }

    /// The single character argument (CPython's "argument 1 must be a unicode character").
    static func scalar(_ vm: VM, _ args: Arguments, _ name: String, max: Int = 1) throws(PythonError) -> Unicode.Scalar {
        try args.check(name, min: 1, max: max, vm: vm)
        // CPython numbers the argument only for the functions that take a default.
        let argument = max > 1 ? "argument 1" : "argument"
        guard case .str(let s) = args[0] else {
            throw vm.makeError(Builtins.shared.typeError, "\(name)() \(argument) must be a unicode character, not \(vm.typeName(args[0]))")
        }
        let scalars = s.value.unicodeScalars
        guard scalars.count == 1, let u = scalars.first else {
            throw vm.makeError(Builtins.shared.typeError, "\(name)() \(argument) must be a unicode character, not str")
        }
        return u
    }

    static func category(_ c: Unicode.GeneralCategory) -> String {
        switch c {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return "Cn"
        }
    }

    static func eastAsianWidth(_ v: UInt32) -> String {
        switch v {
        case 0x20...0x7E, 0xA2...0xA3, 0xA5...0xA6, 0xAC, 0xAF, 0x27E6...0x27ED, 0x2985...0x2986: return "Na"
        case 0x3000, 0xFF01...0xFF60, 0xFFE0...0xFFE6: return "F"
        case 0x20A9, 0xFF61...0xFFBE, 0xFFC2...0xFFDC, 0xFFE8...0xFFEE: return "H"
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
             0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
             0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705,
             0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF,
             0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
             0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596,
             0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
             0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
             0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return "W"
        case 0xA1, 0xA4, 0xA7...0xA8, 0xAA, 0xAD...0xAE, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF, 0xC6, 0xD0,
             0xD7...0xD8, 0xDE...0xE1, 0xE6, 0xE8...0xEA, 0xEC...0xED, 0xF0, 0xF2...0xF3, 0xF7...0xFA, 0xFC, 0xFE,
             0x2010, 0x2013...0x2016, 0x2018...0x2019, 0x201C...0x201D, 0x2020...0x2022, 0x2024...0x2027, 0x2030,
             0x2032...0x2033, 0x2035, 0x203B, 0x203E, 0x2460...0x24E9, 0x2500...0x254B, 0x2550...0x2573,
             0x25A0...0x25A1, 0x25B2...0x25B3, 0x25B6...0x25B7, 0x25BC...0x25BD, 0x25C0...0x25C1, 0x25C6...0x25C8,
             0x25CB, 0x25CE...0x25D1, 0x2605...0x2606, 0x2609, 0x260E...0x260F, 0x2640, 0x2642, 0xE000...0xF8FF,
             0xFFFD, 0x0300...0x036F, 0x0391...0x03A9, 0x03B1...0x03C9, 0x0401, 0x0410...0x044F, 0x0451:
            return "A"
        default:
            return "N"
        }
    }
}
