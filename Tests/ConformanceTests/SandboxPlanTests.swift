import Testing
@testable import Conformance

/// Where the mounts go, worked out without running anything.
@Suite struct SandboxPlanTests {
  @Test func untraversableAncestorsAreCoveredAndWhatTheyHideIsBoundBack() throws {
    let plan = try SandboxMountPlan.make(
      writable: "/tmp/dnn-conformance-abc",
      readable: ["/root/.pyenv/versions/3.11.7", "/root/.pyenv/versions/3.11.7/lib/python3.11", "/work/runner", "/root/bin/wrapper"],
      scratch: ["/tmp", "/var/tmp", "/dev/shm"],
      traversable: { $0 != "/root" },
      isDirectory: { $0 != "/root/bin/wrapper" })
    #expect(plan.covers == [
      .init(path: "/tmp", mode: "1777", writable: true),
      .init(path: "/root", mode: "0755", writable: false),
      .init(path: "/var/tmp", mode: "1777", writable: true),
      .init(path: "/dev/shm", mode: "1777", writable: true),
    ])
    #expect(plan.rebinds == [
      .init(path: "/tmp/dnn-conformance-abc", isDirectory: true),
      .init(path: "/root/bin/wrapper", isDirectory: false),
      .init(path: "/root/.pyenv/versions/3.11.7", isDirectory: true),
    ])
  }

  @Test func theFolderHoldingThePrivateDirectoryIsCovered() throws {
    let plan = try SandboxMountPlan.make(
      writable: "/work/tmp/dnn-conformance-abc", readable: ["/work/tmp/runner", "/work/checkout"],
      scratch: ["/tmp"], traversable: { _ in true })
    #expect(plan.covers == [.init(path: "/tmp", mode: "1777", writable: true), .init(path: "/work/tmp", mode: "0755", writable: false)])
    #expect(plan.rebinds.map(\.path) == ["/work/tmp/dnn-conformance-abc", "/work/tmp/runner"])
  }

  @Test func tooManyPathsOrRelativeOnesAreRefused() {
    #expect(throws: SandboxError.self) {
      try SandboxMountPlan.make(
        writable: "/tmp/p", readable: (0..<8).map { "/tmp/r\($0)" }, scratch: ["/tmp"], traversable: { _ in true })
    }
    #expect(throws: SandboxError.badLayout("relative is not an absolute path")) {
      try SandboxMountPlan.make(writable: "/tmp/p", readable: ["relative"], scratch: [], traversable: { _ in true })
    }
  }

  @Test func theScriptQuotesEveryPath() throws {
    let plan = try SandboxMountPlan.make(
      writable: "/tmp/it's $(here)", readable: [], scratch: ["/tmp"], traversable: { _ in true })
    let script = SandboxScript(
      plan: plan, prlimit: "/usr/bin/prlimit", setpriv: "/usr/bin/setpriv", limits: ["--as=1"], user: (65534, 65534),
      scratchSize: 1 << 20)
    #expect(script.text.contains("cd '/tmp/it'\\''s $(here)' || fail"))
    #expect(script.text.hasSuffix(
      "exec '/usr/bin/prlimit' '--as=1' -- '/usr/bin/setpriv' --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all --no-new-privs --pdeathsig=KILL -- \"$@\"\n"))
  }
}
