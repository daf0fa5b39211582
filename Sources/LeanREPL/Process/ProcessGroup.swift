import Glibc

/// Reads a process group's members from `/proc`: whether any of them still runs, and how much
/// memory they use together. Used to watch a REPL (and `lake`, which may start it) as one unit.
public enum ProcessGroup {
  /// One process of a group.
  public struct Member: Hashable, Sendable {
    public var pid: Int32
    /// The state letter from `/proc/<pid>/stat` (`R`, `S`, `Z` for a zombie, …).
    public var state: Character
    /// Resident memory in bytes.
    public var residentBytes: Int
  }

  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// The processes whose process group is `group`.
  public static func members(of group: Int32) -> [Member] {
    guard let directory = opendir("/proc") else { return [] }
    defer { closedir(directory) }
    var result: [Member] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard let pid = Int32(name), let stat = readStat(pid) else { continue }
      if stat.group == group {
        result.append(Member(pid: pid, state: stat.state, residentBytes: stat.residentPages * pageSize))
      }
    }
    return result
  }

  /// True while a member of the group exists that is not a zombie.
  public static func isRunning(_ group: Int32) -> Bool {
    members(of: group).contains { $0.state != "Z" }
  }

  /// The resident memory of all members of the group together.
  public static func residentBytes(of group: Int32) -> Int {
    members(of: group).reduce(0) { $0 + $1.residentBytes }
  }

  /// Reads the state, process group and resident pages from `/proc/<pid>/stat`.
  private static func readStat(_ pid: Int32) -> (state: Character, group: Int32, residentPages: Int)? {
    let fd = open("/proc/\(pid)/stat", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 1024)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    // The command name is in parentheses and may contain spaces: fields start after the last ')'.
    guard let close = buffer[..<count].lastIndex(of: UInt8(ascii: ")")) else { return nil }
    let fields = buffer[(close + 1)..<count].split(separator: UInt8(ascii: " "))
    // After the name: state(0) ppid(1) pgrp(2) session(3) tty(4) tpgid(5) flags(6) minflt(7)
    // cminflt(8) majflt(9) cmajflt(10) utime(11) stime(12) cutime(13) cstime(14) priority(15)
    // nice(16) threads(17) itrealvalue(18) starttime(19) vsize(20) rss(21).
    guard fields.count > 21, let state = fields[0].first,
      let group = Int32(String(decoding: fields[2], as: UTF8.self)),
      let pages = Int(String(decoding: fields[21], as: UTF8.self))
    else { return nil }
    return (Character(Unicode.Scalar(state)), group, pages)
  }
}
