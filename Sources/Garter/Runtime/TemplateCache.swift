/// The parsed forms of the format templates a run used last (`"%d: %s" % args`,
/// `"{} {}".format(...)`), so that formatting in a loop parses its template once.
///
/// Eight entries, scanned in order and replaced round-robin: a loop body rarely formats
/// with more templates than that, and comparing a template with the same string object
/// is a pointer comparison. Only templates up to ``maxKeyBytes`` are kept, so the cache
/// never holds on to large strings.
struct TemplateCache<Pieces> {
    static var capacity: Int { 8 }
    static var maxKeyBytes: Int { 512 }

    private var keys: [String] = []
    private var values: [Pieces] = []
    private var nextVictim = 0

    /// The pieces cached for `template`, or those `parse` returns (then cached).
    mutating func pieces(for template: String, parse: (String) -> Pieces) -> Pieces {
        for i in keys.indices where keys[i] == template { return values[i] }
        let parsed = parse(template)
        guard template.utf8.count <= TemplateCache.maxKeyBytes else { return parsed }
        if keys.count < TemplateCache.capacity {
            keys.append(template)
            values.append(parsed)
        } else {
            keys[nextVictim] = template
            values[nextVictim] = parsed
            nextVictim = (nextVictim + 1) % TemplateCache.capacity
        }
        return parsed
    }
}
