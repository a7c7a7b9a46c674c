extension ModuleList {
    /// Modules of the system group: sys, time, datetime, calendar, random, statistics,
    /// fractions, dataclasses, enum, base64/binascii, hashlib, hmac, secrets, uuid, and their
    /// private helpers (`_gsys` natives, `_gsys_vm`, `_structseq`, `_strptime`).
    static let system: [String: ModuleRegistry.Definition] = [
        "_gsys": .native(SystemSupport.make),
        "_gsys_vm": .native(SysModule.makeNative),
        "_structseq": .source(SysModule.structSeqSource),
        "sys": .source(SysModule.source),
        "traceback": .source(TracebackModule.source),
        "_garter_exceptstar": .source(ExceptStar.helperSource),
        "_garter_anext": .source("""
            async def anext_default(iterator, default):
                try:
                    return await type(iterator).__anext__(iterator)
                except StopAsyncIteration:
                    return default
            """),
        "time": .source(TimeModule.source),
        "random": .source(RandomModule.source),
        "hashlib": .native(HashlibModule.make),
        "binascii": .source(Base64Module.binasciiSource),
        "base64": .source(Base64Module.source),
        "uuid": .source(UUIDModule.source),
        "fractions": .source(FractionsModule.source),
        "statistics": .source(StatisticsModule.source),
        "dataclasses": .source(DataclassesModule.source),
        "datetime": .source(DatetimeModule.source),
        "_strptime": .source(DatetimeModule.strptimeSource),
        "enum": .source(EnumModule.source),
        "calendar": .source(CalendarModule.source),
        "hmac": .source(HmacModule.source),
        "secrets": .source(HmacModule.secretsSource),
    ]
}
