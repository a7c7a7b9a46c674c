#include "CFuzzDriver.h"

// Weak, so plain (non-fuzzer) builds link and fall back to replaying files.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, garter_fuzz_callback callback) __attribute__((weak));

int garter_fuzz_has_driver(void) {
    return LLVMFuzzerRunDriver != 0;
}

int garter_fuzz_run_driver(int argc, char **argv, garter_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
