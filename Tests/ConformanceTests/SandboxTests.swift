import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// Hostile programs run through `Sandbox.run`: what they may not do, they cannot.
@Suite struct SandboxTests {
  /// At each namespaced level (at the user-namespace level only the read-only view protects the
  /// victim, which is world-writable).
  @Test(
    .enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces),
    arguments: Sandbox.Isolation.allCases.filter { $0 >= .userNamespace && $0 <= SandboxSupport.level })
  func writesLandOnlyInThePrivateDirectory(_ level: Sandbox.Isolation) throws {
    let outside = try SandboxSupport.outsideFolder()
    defer { _ = TreeRemoval.remove(outside) }
    let victim = "\(outside)/victim.txt"
    try writeFile(victim, "untouched\n")
    chmod(victim, 0o666)
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.shell(
      """
      echo pwned >> '\(victim)' || echo append-refused
      echo pwned > '\(outside)/new.txt' || echo create-refused
      rm -f '\(victim)' || echo remove-refused
      echo inside > inside.txt && echo \(directory.path) > '\(directory.path)/absolute.txt'
      """, in: directory, isolation: level)
    #expect(outcome.isolation == level)
    #expect(outcome.termination == .exited(0), "\(outcome.errors)")
    #expect(outcome.output == "append-refused\ncreate-refused\nremove-refused\n", "\(outcome.errors)")
    #expect(String(decoding: try readBytes(victim), as: UTF8.self) == "untouched\n")
    #expect(access("\(outside)/new.txt", F_OK) != 0)
    #expect(String(decoding: try readBytes("\(directory.path)/inside.txt"), as: UTF8.self) == "inside\n")
    #expect(String(decoding: try readBytes("\(directory.path)/absolute.txt"), as: UTF8.self) == directory.path + "\n")
  }

  @Test(.enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces))
  func scratchFoldersAreFreshAndTheRootIsReadOnly() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let scratch = "/tmp/\(SandboxSupport.marker("scratch"))"  // unique: removed below should the sandbox fail
    defer { unlink(scratch) }
    let source = "\(GradingPaths.root)/Package.swift"
    let outcome = try SandboxSupport.shell(
      """
      ls -A /tmp /var/tmp /dev/shm /run 2>/dev/null | grep -v -e '^$' -e ':$' | grep -v '^\(directory.path.split(separator: "/").last!)$' || echo empty
      echo x > '\(scratch)' && echo tmp-writable
      test -r '\(source)' && echo readable
      while read -r _ _ _ _ point options _; do [ "$point" = / ] && echo "${options%%,*}"; done < /proc/self/mountinfo
      """, in: directory)
    #expect(outcome.output == "empty\ntmp-writable\nreadable\nro\n", "\(outcome.errors)")
    #expect(access(scratch, F_OK) != 0)
  }

  @Test(.enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces))
  func anotherPrivateDirectoryBesideOursIsOutOfSight() throws {
    let outside = try SandboxSupport.outsideFolder()
    defer { _ = TreeRemoval.remove(outside) }
    let ours = try PrivateDirectory.make(in: outside)
    defer { ours.remove() }
    let theirs = try PrivateDirectory.make(in: outside)
    defer { theirs.remove() }
    try theirs.write("solution.py", bytes: Array("secret = 1\n".utf8))
    let outcome = try SandboxSupport.shell(
      "ls -A '\(outside)'; cat '\(theirs.path)/solution.py' 2>/dev/null || echo unreadable", in: ours)
    #expect(outcome.output == "\(ours.path.split(separator: "/").last!)\nunreadable\n", "\(outcome.errors)")
  }

  @Test(.enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces))
  func aDetachedGrandchildIsGoneWhenRunReturns() throws {
    let marker = SandboxSupport.marker("grandchild")
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.shell(
      "(setsid sh -c 'sleep 20; : \(marker)' > /dev/null 2>&1 &) ; sleep 0.3; echo started", in: directory)
    #expect(outcome.output == "started\n", "\(outcome.errors)")
    #expect(SandboxSupport.processes(containing: marker).isEmpty)
  }

  @Test func theTimeLimitStopsEverything() throws {
    let marker = SandboxSupport.marker("timeout")
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let started = ChildProcess.now()
    let outcome = try SandboxSupport.shell(
      "setsid sh -c 'sleep 20; : \(marker)' & sleep 20", in: directory, timeLimit: 1)
    #expect(outcome.termination == .timedOut)
    #expect(ChildProcess.now() - started < 10)
    if SandboxSupport.namespaced { #expect(SandboxSupport.processes(containing: marker).isEmpty) }
  }

  @Test func anOutputFloodEndsAsOutputTooLarge() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    for stream in ["", ">&2"] {
      let outcome = try SandboxSupport.shell(
        "head -c 100000000 /dev/zero \(stream); sleep 20", in: directory, timeLimit: 30, outputLimit: 1 << 20)
      #expect(outcome.termination == .outputTooLarge)
      #expect(outcome.standardOutput.count <= 1 << 20)
    }
  }

  @Test(.enabled(if: SandboxSupport.python != nil, SandboxSupport.noPython))
  func aThreeGigabyteAllocationFailsUnderTheMemoryLimit() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.python(
      """
      try:
          block = bytearray(3 * 2**30)
          print("allocated")
      except MemoryError:
          print("MemoryError")
      """, in: directory)
    #expect(outcome.output == "MemoryError\n", "\(outcome.errors)")
  }

  /// Each sandbox run as root is a user of its own, so one that uses up its process limit leaves
  /// another's untouched: the second, started while the first holds all its processes, still
  /// forks as many as it is allowed. (Both stop by themselves: the sleepers end with the first's
  /// time limit, which kills its whole namespace.)
  @Test(
    .enabled(if: SandboxSupport.asNobody, SandboxSupport.notRoot),
    .enabled(if: SandboxSupport.python != nil, SandboxSupport.noPython))
  func concurrentSandboxesHaveProcessLimitsOfTheirOwn() async throws {
    let first = try PrivateDirectory.make(), second = try PrivateDirectory.make()
    defer {
      first.remove()
      second.remove()
    }
    var limits = SandboxLimits()
    limits.processes = 12
    let hog = Task.detached {
      _ = try? SandboxSupport.python(
        """
        import os, time
        for _ in range(40):
            try:
                pid = os.fork()
            except OSError:
                break
            if pid == 0:
                time.sleep(20)
                os._exit(0)
        with open("full", "w") as f:
            f.write(str(os.getuid()))
        time.sleep(20)
        """, in: first, timeLimit: 10, limits: limits)
    }
    var waited = 0
    while access("\(first.path)/full", F_OK) != 0, waited < 200 {
      try await Task.sleep(nanoseconds: 50_000_000)
      waited += 1
    }
    #expect(access("\(first.path)/full", F_OK) == 0, "the first sandbox did not fill its process limit")
    let outcome = try SandboxSupport.shell(
      "id -u; n=0; while [ $n -lt 6 ]; do sleep 1 & n=$((n + 1)); done; wait; echo $n", in: second, timeLimit: 20, limits: limits)
    let lines = outcome.output.split(separator: "\n").map(String.init)
    #expect(lines.last == "6", "\(outcome.output) \(outcome.errors)")
    let firstUID = String(decoding: (try? readBytes("\(first.path)/full")) ?? [], as: UTF8.self)
    #expect(!firstUID.isEmpty && lines.first != firstUID, "\(firstUID) \(outcome.output)")
    _ = await hog.value
  }

  @Test(
    .enabled(if: SandboxSupport.asNobody, SandboxSupport.notRoot),
    .enabled(if: SandboxSupport.python != nil, SandboxSupport.noPython))
  func theProcessLimitBindsTheSandboxUser() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    var limits = SandboxLimits()
    limits.processes = 16
    let outcome = try SandboxSupport.python(
      """
      import os, time
      started = 0
      for _ in range(200):
          try:
              pid = os.fork()
          except OSError:
              break
          if pid == 0:
              time.sleep(10)
              os._exit(0)
          started += 1
      print(os.getuid(), started)
      """, in: directory, limits: limits)
    let fields = outcome.output.split(separator: " ").map { Int($0.trimmingCharacters(in: "\n")) }
    #expect((fields.first ?? nil).map { $0 >= Int(Sandbox.firstSandboxUID) } == true, "\(outcome.output) \(outcome.errors)")
    #expect((fields.last ?? nil).map { $0 < 16 } == true, "\(outcome.output)")
  }

  @Test(
    .enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces),
    .enabled(if: SandboxSupport.python != nil, SandboxSupport.noPython))
  func theHostsLoopbackIsUnreachable() throws {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    try #require(listener >= 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
    }
    try #require(bound && listen(listener, 4) == 0)
    let port = Int(UInt16(bigEndian: address.sin_port))
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.python(
      """
      import socket
      try:
          socket.create_connection(("127.0.0.1", \(port)), timeout=2).close()
          print("connected")
      except OSError:
          print("unreachable")
      """, in: directory)
    #expect(outcome.output == "unreachable\n", "\(outcome.errors)")
    _ = fcntl(listener, F_SETFL, O_NONBLOCK)
    #expect(accept(listener, nil, nil) == -1, "a connection came in from the sandbox")
  }

  @Test(.enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces))
  func otherProcessesAreInvisible() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.shell("echo $$; ls /proc | grep '^[0-9]*$'", in: directory)
    let pids = outcome.output.split(separator: "\n").compactMap { Int32($0) }
    #expect(pids.first == 1, "\(outcome.output) \(outcome.errors)")
    #expect(!pids.dropFirst().contains(getpid()))
    #expect(pids.count <= 4, "\(pids)")
  }

  @Test(.enabled(if: SandboxSupport.asNobody, SandboxSupport.notRoot))
  func rootBecomesASandboxUserWithoutCapabilities() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.shell(
      "id -g; id -G; grep -E '^(CapEff|CapBnd|NoNewPrivs)' /proc/self/status; id -u", in: directory)
    let lines = outcome.output.split(separator: "\n")
    #expect(lines.dropLast().joined(separator: "\n") == "65534\n65534\nCapEff:\t0000000000000000\nCapBnd:\t0000000000000000\nNoNewPrivs:\t1", "\(outcome.errors)")
    #expect(lines.last.flatMap { UInt32($0) }.map { $0 >= Sandbox.firstSandboxUID } == true, "\(outcome.output)")
    #expect(outcome.isolation == .namespacesAsNobody)
  }

  @Test(.enabled(if: SandboxSupport.level >= .processGroupAsNobody && geteuid() == 0, "needs root and setpriv"))
  func withoutNamespacesRootStillBecomesASandboxUser() throws {
    let outside = try SandboxSupport.outsideFolder()
    defer { _ = TreeRemoval.remove(outside) }
    let victim = "\(outside)/victim.txt"
    try writeFile(victim, "untouched\n")
    chmod(victim, 0o644)
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    let outcome = try SandboxSupport.shell(
      """
      id -u
      echo pwned >> '\(victim)' 2>/dev/null || echo append-refused
      kill -0 \(getpid()) 2>/dev/null || echo cannot-signal
      echo ok > mine.txt && cat mine.txt
      """, in: directory, isolation: .processGroupAsNobody)
    #expect(outcome.isolation == .processGroupAsNobody)
    let lines = outcome.output.split(separator: "\n")
    #expect(lines.first.flatMap { UInt32($0) }.map { $0 >= Sandbox.firstSandboxUID } == true, "\(outcome.output)")
    #expect(lines.dropFirst() == ["append-refused", "cannot-signal", "ok"], "\(outcome.errors)")
    #expect(String(decoding: try readBytes(victim), as: UTF8.self) == "untouched\n")
    let hidden = try temporaryDirectory()  // mode 0700: a sandbox user cannot pass
    defer { _ = TreeRemoval.remove(hidden) }
    try writeFile("\(hidden)/python3", "")
    let fallback = try Sandbox.run(
      ["/bin/true"], directory: directory, readable: ["\(hidden)/python3"], timeLimit: 30, isolation: .processGroupAsNobody)
    #expect(fallback.isolation == .processGroup)
  }

  @Test func theWeakerLevelsRunToo() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    for level in Sandbox.Isolation.allCases
    where level <= SandboxSupport.level && (level != .processGroupAsNobody || geteuid() == 0) {
      let outcome = try SandboxSupport.shell("pwd; echo ok > written.txt", in: directory, isolation: level)
      #expect(outcome.isolation == level)
      #expect(outcome.output == directory.path + "\n", "\(level): \(outcome.errors)")
      #expect(String(decoding: try readBytes("\(directory.path)/written.txt"), as: UTF8.self) == "ok\n")
      unlink("\(directory.path)/written.txt")
    }
  }
}

extension Substring {
  /// Without leading and trailing characters in `set`.
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var text = self
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return text
  }
}
