// swift-tools-version: 6.0
import PackageDescription

/// What the training kernels use.
let kernelDependencies: [Target.Dependency] = ["TrainingTypes", "DeepNet", "NumPyRandom", "CHints"]

/// The builds of the training kernels. On x86-64 the same sources (Sources/TrainingKernelsFMA and
/// Sources/TrainingKernelsAVX512 are links to Sources/TrainingKernels) are compiled twice more, for
/// Haswell's instructions (AVX2, FMA) and for Skylake-X's (AVX-512), and `Training` calls the
/// widest build this CPU runs: a plain `swift build -c release` trains at full speed on such a CPU
/// and still runs on one without. arm64 always has fused multiply-add, so one build serves.
#if arch(x86_64)
let kernelBuilds: [Target.Dependency] = ["TrainingKernels", "TrainingKernelsFMA", "TrainingKernelsAVX512"]
let fmaKernels: [Target] = [
  .target(
    name: "TrainingKernelsFMA", dependencies: kernelDependencies,
    swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]
  ),
  .target(
    name: "TrainingKernelsAVX512", dependencies: kernelDependencies,
    swiftSettings: [.unsafeFlags(["-target-cpu", "skylake-avx512"])]
  ),
]
#else
let kernelBuilds: [Target.Dependency] = ["TrainingKernels"]
let fmaKernels: [Target] = []
#endif

let package = Package(
  name: "DNNConformance",
  products: [
    .executable(name: "dnn-conformance", targets: ["dnn-conformance"]),
    .library(name: "NumPyRandom", targets: ["NumPyRandom"]),
    .library(name: "DeepNet", targets: ["DeepNet"]),
    .library(name: "Conformance", targets: ["Conformance"]),
    .library(name: "ConformanceTesting", targets: ["ConformanceTesting"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // MARK: - Public API

    /// NumPy's legacy RandomState (MT19937 + polar gauss), bit for bit.
    .target(name: "NumPyRandom"),
    /// A small row-major Matrix and the course functions of weeks 2, 3 and 4.
    .target(name: "DeepNet", dependencies: ["NumPyRandom"]),
    /// The cat vs non-cat data set read through libhdf5.
    .target(name: "CatData", dependencies: ["CHDF5", "DeepNet"]),
    /// Fast training paths (literal and Gram) that reproduce the notebooks' logs (weeks 2, 3 and 4):
    /// the trainers' settings and results, and the kernels' build this CPU runs fastest.
    .target(name: "Training", dependencies: ["TrainingTypes", "CHints", "DeepNet"] + kernelBuilds),
    /// Fixtures, published expectations, checks and reports.
    .target(
      name: "Conformance",
      dependencies: ["NumPyRandom", "DeepNet", "CatData", "Training", "DNNJSON"],
      // The top-level Fixtures/ (the single source of truth) travels with every product as a resource.
      resources: [.copy("PythonRunner"), .copy("../../Fixtures")]
    ),
    /// One-call Swift Testing assertion for a learner's implementation (imports Testing, so it
    /// stays out of the command-line tool).
    .target(name: "ConformanceTesting", dependencies: ["Conformance", "DeepNet"]),
    /// The command-line tool: parses arguments and prints; the libraries do the work.
    .executableTarget(
      name: "dnn-conformance",
      dependencies: [
        "Conformance", "NumPyRandom", "DeepNet", "CatData", "Training", "DNNJSON",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Implementation details

    /// The trainers' settings and results, shared by every build of the kernels.
    .target(name: "TrainingTypes", dependencies: ["DeepNet"]),
    /// The training kernels, bit for bit NumPy's and OpenBLAS's arithmetic (default target).
    .target(name: "TrainingKernels", dependencies: kernelDependencies),
    /// One small JSON value type over json-c.
    .target(name: "DNNJSON", dependencies: ["CJSON"]),
    .systemLibrary(name: "CJSON", pkgConfig: "json-c", providers: [.apt(["libjson-c-dev"])]),
    .systemLibrary(name: "CHDF5", pkgConfig: "hdf5-serial", providers: [.apt(["libhdf5-dev"])]),
    /// CPU hints for the training kernels: cache prefetch, spin-wait pause (a header-only C shim).
    .systemLibrary(name: "CHints"),

  ] + fmaKernels + [
    // MARK: - Tests

    .testTarget(name: "NumPyRandomTests", dependencies: ["NumPyRandom", "DNNJSON"]),
    .testTarget(name: "DeepNetTests", dependencies: ["DeepNet", "NumPyRandom"]),
    .testTarget(name: "DNNJSONTests", dependencies: ["DNNJSON"]),
    .testTarget(name: "CatDataTests", dependencies: ["CatData", "CHDF5", "DeepNet"]),
    .testTarget(name: "TrainingTests", dependencies: ["Training", "TrainingKernels", "DeepNet", "CatData"]),
    /// The command-line tool in-process (spec parsing, streaming, memory estimates) and, through
    /// scripts/, the built binary: bad input, installation.
    .testTarget(name: "CLITests", dependencies: ["dnn-conformance", "NumPyRandom"]),
    .testTarget(
      name: "ConformanceTests", dependencies: ["Conformance", "ConformanceTesting", "DeepNet", "DNNJSON"],
      exclude: ["Solutions", "Notebooks"]
    ),
  ]
)
