import Foundation
import Glibc

/// A child process started with `posix_spawn` as the leader of its own process group, with pipes
/// on its stdin, stdout and stderr. Signals go to the whole group, so `lake env repl` and anything
/// else the child starts are stopped together.
struct ChildProcess: Sendable {
  let pid: pid_t
  /// Our end of the child's stdin (non-blocking).
  let stdinFD: Int32
  /// Our end of the child's stdout (non-blocking).
  let stdoutFD: Int32
  /// Our end of the child's stderr (non-blocking).
  let stderrFD: Int32

  /// The process group id: the child leads its own group.
  var processGroup: pid_t { pid }

  private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
  private typealias AddChdir =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>)
    -> Int32

  /// Serializes pipe creation and spawning in this process, so that no child inherits another
  /// child's pipe ends while they are being set up.
  private static let spawnLock = NSLock()

  /// Writes to a pipe whose reader has gone must fail with `EPIPE`, not kill this process.
  private static let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

  /// Closes every inherited descriptor above stderr in the child (glibc 2.34 and later), so that a
  /// REPL never holds pipes that belong to someone else.
  private static let addCloseFromFunction: AddCloseFrom? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
    return unsafeBitCast(symbol, to: AddCloseFrom.self)
  }()

  private static let pipe2Function: Pipe2? = {
    guard let symbol = dlsym(nil, "pipe2") else { return nil }
    return unsafeBitCast(symbol, to: Pipe2.self)
  }()

  private static let addChdirFunction: AddChdir? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
    return unsafeBitCast(symbol, to: AddChdir.self)
  }()

  private static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Creates a pipe whose ends are closed on exec.
  private static func makePipe() throws(ReplProcessError) -> (read: Int32, write: Int32) {
    var fds: [Int32] = [-1, -1]
    if let pipe2Function {
      guard pipe2Function(&fds, O_CLOEXEC) == 0 else { throw .spawnFailed("pipe: \(errorText(errno))") }
    } else {
      guard pipe(&fds) == 0 else { throw .spawnFailed("pipe: \(errorText(errno))") }
      _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    }
    return (fds[0], fds[1])
  }

  private static func setNonBlocking(_ fd: Int32) {
    let flags = fcntl(fd, F_GETFL)
    _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
  }

  /// Starts `launch` in a new process group.
  static func spawn(_ launch: ReplLaunch) throws(ReplProcessError) -> ChildProcess {
    _ = ignoreBrokenPipes
    guard let path = launch.resolvedExecutable() else {
      throw .spawnFailed("executable '\(launch.executable)' not found (PATH and working directory searched)")
    }
    if let directory = launch.workingDirectory {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw .spawnFailed("working directory '\(directory)' does not exist")
      }
    }
    var environment = ProcessInfo.processInfo.environment
    environment.merge(launch.environment) { _, new in new }
    let argv = [path] + launch.arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }

    spawnLock.lock()
    defer { spawnLock.unlock() }
    let stdinPipe = try makePipe()
    let stdoutPipe: (read: Int32, write: Int32)
    let stderrPipe: (read: Int32, write: Int32)
    do {
      stdoutPipe = try makePipe()
    } catch {
      close(stdinPipe.read)
      close(stdinPipe.write)
      throw error
    }
    do {
      stderrPipe = try makePipe()
    } catch {
      for fd in [stdinPipe.read, stdinPipe.write, stdoutPipe.read, stdoutPipe.write] { close(fd) }
      throw error
    }
    let childEnds = [stdinPipe.read, stdoutPipe.write, stderrPipe.write]
    let ourEnds = [stdinPipe.write, stdoutPipe.read, stderrPipe.read]

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1)
    posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2)
    if let addCloseFromFunction { _ = addCloseFromFunction(&actions, 3) }
    if let directory = launch.workingDirectory {
      guard let addChdirFunction else {
        for fd in childEnds + ourEnds { close(fd) }
        throw .spawnFailed("this C library cannot set a child's working directory")
      }
      _ = addChdirFunction(&actions, directory)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    var pid: pid_t = 0
    let status = withCStrings(argv) { argvPointers in
      withCStrings(envp) { envPointers in
        posix_spawn(&pid, path, &actions, &attributes, argvPointers, envPointers)
      }
    }
    for fd in childEnds { close(fd) }
    guard status == 0 else {
      for fd in ourEnds { close(fd) }
      throw .spawnFailed("\(path): \(errorText(status))")
    }
    for fd in ourEnds { setNonBlocking(fd) }
    return ChildProcess(pid: pid, stdinFD: stdinPipe.write, stdoutFD: stdoutPipe.read, stderrFD: stderrPipe.read)
  }

  /// Sends SIGKILL to every process of the group.
  func killGroup() {
    _ = kill(-processGroup, SIGKILL)
  }
}

/// Calls `body` with a NULL-terminated array of C strings.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
  var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
  pointers.append(nil)
  defer { for pointer in pointers { free(pointer) } }
  return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
