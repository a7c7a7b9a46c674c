#include <stddef.h>
#include <stdint.h>

typedef int (*garter_fuzz_callback)(const uint8_t *data, size_t size);

/// True when the binary was linked with libFuzzer (`-sanitize=fuzzer`).
int garter_fuzz_has_driver(void);

/// Runs libFuzzer's driver (only when `garter_fuzz_has_driver()`).
int garter_fuzz_run_driver(int argc, char **argv, garter_fuzz_callback callback);
