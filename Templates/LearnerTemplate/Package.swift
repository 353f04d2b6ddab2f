// swift-tools-version: 6.0
import PackageDescription

// A learner's own implementation of the week-4 functions, graded by DNNConformance.
// Copy this folder anywhere and change the path below to where DNNConformance is checked out.
let package = Package(
  name: "LearnerTemplate",
  dependencies: [
    .package(name: "DNNConformance", path: "../.."),
  ],
  targets: [
    /// Your functions: fill in every stub of `MyCourseFunctions`.
    .target(
      name: "MyDeepNet",
      dependencies: [
        .product(name: "DeepNet", package: "DNNConformance"),
        .product(name: "NumPyRandom", package: "DNNConformance"),
      ]
    ),
    /// One test that grades them (`swift test`).
    .testTarget(
      name: "MyDeepNetTests",
      dependencies: [
        "MyDeepNet",
        .product(name: "ConformanceTesting", package: "DNNConformance"),
      ]
    ),
  ]
)
