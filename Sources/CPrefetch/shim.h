// The cache-prefetch hint, which Swift has no spelling for. Header-only: the function is inlined
// into the Swift kernels that call it.
#ifndef DNN_CPREFETCH_SHIM_H
#define DNN_CPREFETCH_SHIM_H

/// Asks the CPU to bring the cache line holding `address` into L2 (prefetcht1) for a later read;
/// never faults, changes no data.
static inline __attribute__((always_inline)) void dnn_prefetch_l2(const void *address) {
  __builtin_prefetch(address, 0, 2);
}

#endif
