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

/// 1 when this code was compiled for a CPU with fused multiply-add instructions (x86-64 built
/// with `-target-cpu native`/`haswell` or later, every arm64), 0 otherwise. Swift passes its
/// `-target-cpu` to the headers it imports, so this tells what the Swift kernels were built for.
static inline int dnn_fma_compiled_in(void) {
#if defined(__FMA__) || defined(__ARM_FEATURE_FMA) || defined(__aarch64__)
  return 1;
#else
  return 0;
#endif
}

/// 1 when the CPU running us has fused multiply-add instructions (x86-64: FMA3; assumed
/// elsewhere, where every 64-bit CPU we build for has them).
static inline int dnn_cpu_has_fma(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  return __builtin_cpu_supports("fma") && __builtin_cpu_supports("avx2");
#else
  return 1;
#endif
}

/// 1 when the CPU running us can run code compiled with `-target-cpu haswell` (x86-64: AVX, AVX2,
/// FMA, BMI1/2, F16C, LZCNT, MOVBE, POPCNT, with the OS saving the AVX registers — what the
/// kernels' second build may use), 0 otherwise and on other architectures.
static inline int dnn_cpu_runs_haswell_code(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
    && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("f16c")
    && __builtin_cpu_supports("lzcnt") && __builtin_cpu_supports("movbe") && __builtin_cpu_supports("popcnt");
#else
  return 0;
#endif
}

/// 1 when the CPU running us can also run code compiled with `-target-cpu skylake-avx512`
/// (AVX-512 F, CD, BW, DQ, VL besides Haswell's set, with the OS saving the AVX-512 registers), 0
/// otherwise and on other architectures.
static inline int dnn_cpu_runs_avx512_code(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  return dnn_cpu_runs_haswell_code() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd")
    && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
  return 0;
#endif
}

#endif
