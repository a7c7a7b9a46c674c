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
    /// The entry the last lookup found. A lookup tries the entry after it first, then all in
    /// order: an f-string in a loop formats its fields' specs in the same order every time
    /// (`f"{i:05d} {x:.2f}"`), so the first comparison usually matches. A match of the same
    /// string object is a pointer comparison; a mismatch compares text.
    private var lastHit = 0

    /// The pieces cached for `template`, or those `parse` returns (then cached).
    mutating func pieces(for template: String, parse: (String) -> Pieces) -> Pieces {
        let n = keys.count
        if n > 0 {
            let next = lastHit &+ 1 < n ? lastHit &+ 1 : 0
            if keys[next] == template {
                lastHit = next
                return values[next]
            }
            for i in 0..<n where i != next && keys[i] == template {
                lastHit = i
                return values[i]
            }
        }
        let parsed = parse(template)
        guard template.utf8.count <= TemplateCache.maxKeyBytes else { return parsed }
        if n < TemplateCache.capacity {
            keys.append(template)
            values.append(parsed)
            lastHit = n
        } else {
            keys[nextVictim] = template
            values[nextVictim] = parsed
            lastHit = nextVictim
            nextVictim = (nextVictim + 1) % TemplateCache.capacity
        }
        return parsed
    }
}
