/// The setup script that runs as PID 1 of the new namespaces, still privileged there: it lays out
/// the mounts of a `SandboxMountPlan`, makes every other mount read-only, binds the private
/// directory read-write, enters it, and `exec`s `prlimit` then `setpriv` (dropping to the sandbox user
/// where asked, every capability, no_new_privs, parent-death SIGKILL) into the command, which is
/// the script's `"$@"`. Any failed step exits 125 with one line on stderr starting with
/// `dnn-conformance sandbox:`.
///
/// Paths reach the script single-quoted, so nothing in them is interpreted by the shell.
struct SandboxScript {
  /// The exit status of a failed setup.
  static let setupFailed: Int32 = 125
  /// How its failure messages start.
  static let messagePrefix = "dnn-conformance sandbox:"

  let plan: SandboxMountPlan
  /// `prlimit`'s and `setpriv`'s absolute paths.
  let prlimit: String
  let setpriv: String
  /// The `prlimit` options.
  let limits: [String]
  /// The uid and gid to become (nil: stay who we are in the namespace).
  let user: (uid: UInt32, gid: UInt32)?
  /// The size of each fresh scratch tmpfs, in bytes.
  let scratchSize: Int

  /// The script's text.
  var text: String {
    var lines = [
      "umask 022",
      "fail() { echo \"\(Self.messagePrefix) $*\" >&2; exit \(Self.setupFailed); }",
      "command_path=$PATH",
      "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
    ]
    for (index, rebind) in plan.rebinds.enumerated() {
      lines.append("exec \(index + 3)<\(quote(rebind.path)) || fail \(quote("cannot open \(rebind.path)"))")
    }
    for cover in plan.covers {
      let size = cover.writable ? scratchSize : 1 << 20
      lines.append(
        "mkdir -p \(quote(cover.path)) && mount -n -t tmpfs -o mode=\(cover.mode),size=\(size),nosuid,nodev dnnc-sandbox \(quote(cover.path))"
          + " || fail \(quote("cannot mount a tmpfs on \(cover.path)"))")
    }
    for (index, rebind) in plan.rebinds.enumerated() {
      let path = quote(rebind.path)
      let make = rebind.isDirectory ? "mkdir -p \(path)" : "mkdir -p \(quote(parent(of: rebind.path))) && : > \(path)"
      lines.append(
        "\(make) && mount -n --no-canonicalize --rbind /proc/self/fd/\(index + 3) \(path)"
          + " || fail \(quote("cannot bind \(rebind.path) back"))")
      lines.append("exec \(index + 3)<&-")
    }
    let scratch = plan.covers.filter(\.writable).map { quote($0.path) }
    lines += [
      "while read -r _ _ _ _ m o _; do",
      "  case $m in *\\\\*) m=$(printf '%b' \"$m\") ;; esac",
      scratch.isEmpty ? "" : "  case $m in \(scratch.joined(separator: "|"))) continue ;; esac",
      "  case $o in ro|ro,*) continue ;; esac",
      "  mount -n -o remount,bind,ro \"$m\" 2>/dev/null && continue",
      "  case $m in /proc|/proc/*|/sys|/sys/*|/dev|/dev/*) ;; *) fail \"cannot make $m read-only\" ;; esac",
      "done < /proc/self/mountinfo",
      "mount -n --bind \(quote(plan.writable)) \(quote(plan.writable))"
        + " && mount -n -o remount,bind,rw,nosuid,nodev \(quote(plan.writable))"
        + " || fail \(quote("cannot bind \(plan.writable) read-write"))",
      "cd \(quote(plan.writable)) || fail \(quote("cannot enter \(plan.writable)"))",
      "PATH=$command_path",
      "exec \(quote(prlimit)) \(limits.map(quote).joined(separator: " ")) -- \(quote(setpriv)) \(privilegeOptions.joined(separator: " ")) -- \"$@\"",
    ]
    return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
  }

  /// `setpriv`'s options: the user switch when asked, then no capabilities at all, no_new_privs,
  /// and SIGKILL when the parent (`unshare`) dies (set last, after the uid change that clears it).
  var privilegeOptions: [String] { Self.privilegeOptions(user: user, dropCapabilities: true) }

  /// `setpriv`'s options: become `user` (when given), drop every capability (when asked:
  /// dropping them needs CAP_SETPCAP), always parent-death SIGKILL.
  static func privilegeOptions(user: (uid: UInt32, gid: UInt32)?, dropCapabilities: Bool) -> [String] {
    var options: [String] = []
    if let user { options += ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups"] }
    if dropCapabilities { options += ["--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"] }
    return options + ["--pdeathsig=KILL"]
  }
}

/// The folder holding `path` ("/" for a top-level name).
private func parent(of path: String) -> String {
  let slash = path.lastIndex(of: "/") ?? path.startIndex
  return slash == path.startIndex ? "/" : String(path[..<slash])
}

/// `text` single-quoted for the shell.
func quote(_ text: String) -> String {
  "'" + text.replacing("'", with: "'\\''") + "'"
}
