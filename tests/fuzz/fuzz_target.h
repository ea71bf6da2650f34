/* fuzz_target.h: the one entry point every fuzz target defines; libFuzzer
 * calls it under `make fuzz`, replay.c calls it on the kept inputs under
 * `make check`. */
#ifndef NIS2_FUZZ_TARGET_H
#define NIS2_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
