extension ModuleList {
    /// Modules of the data group: `math`, `json`, `collections`, `itertools`, `functools`,
    /// `operator`, `copy`, `heapq`, `bisect`, `string`, `textwrap`, `typing`.
    static let data: [String: ModuleRegistry.Definition] = [
        "math": .native(MathModule.make),
        "cmath": .native(CmathModule.make),
        "struct": .source(StructModule.source),
        "_struct": .native(StructModule.make),
        "_json": .native(JSONModule.makeNative),
        "json": .source(JSONModule.packageSource),
        "json.decoder": .source(JSONModule.decoderSource),
        "json.encoder": .source(JSONModule.encoderSource),
        "itertools": .native(ItertoolsModule.make),
        "operator": .native(OperatorModule.make),
        "heapq": .native(HeapqModule.make),
        "bisect": .native(BisectModule.make),
        "_collections": .native(CollectionsModule.makeNative),
        "collections": .source(CollectionsModule.source),
        "collections.abc": .source(CollectionsModule.abcSource),
        "functools": .source(FunctoolsModule.source),
        "copy": .source(CopyModule.source),
        "string": .source(StringModule.source),
        "textwrap": .source(TextwrapModule.source),
        "typing": .source(TypingModule.source),
    ]
}
