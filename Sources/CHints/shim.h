// CPU hints Swift has no spelling for: a cache prefetch and a spin-wait pause. Header-only: the
// functions are inlined into the Swift code that calls them.
#ifndef DNN_CHINTS_SHIM_H
#define DNN_CHINTS_SHIM_H

/// Asks the CPU to bring the cache line holding `address` into L2 (prefetcht1) for a later read;
/// never faults, changes no data.
static inline __attribute__((always_inline)) void dnn_prefetch_l2(const void *address) {
  __builtin_prefetch(address, 0, 2);
}

/// Tells the CPU this thread is spinning on a flag (x86 `pause`; nothing elsewhere).
static inline __attribute__((always_inline)) void dnn_spin_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

#endif
