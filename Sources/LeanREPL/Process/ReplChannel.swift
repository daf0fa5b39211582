import Foundation
import Glibc

/// The I/O of one REPL child, run by one dedicated thread: it writes requests to the child's
/// stdin, reads raw stdout bytes into a `ResponseFramer`, drains stderr, and enforces the deadline
/// and memory limit of the request in flight. At most one request is in flight; a reply that
/// arrives when none is waiting is counted and makes the next exchange fail, so replies are never
/// paired with the wrong request. Any fault is final: the owner kills the child and makes a new
/// channel for the next process.
final class ReplChannel: @unchecked Sendable {
  typealias Reply = Result<[UInt8], ReplProcessError>

  private struct Waiter {
    var continuation: CheckedContinuation<Reply, Never>
    var deadline: UInt64
    var timeoutMilliseconds: Int
  }

  private let child: ChildProcess
  private let memoryLimitBytes: Int?
  private let memoryPollNanoseconds: UInt64
  private let maximumReplyBytes: Int
  private let stderrTailLimit = 16 << 10
  private let wakeRead: Int32
  private let wakeWrite: Int32

  private let lock = NSLock()
  private var pendingWrite: [UInt8] = []
  private var waiter: Waiter?
  private var unsolicitedReplies = 0
  private var fault: ReplProcessError?
  private var stopping = false
  private var wakeClosed = false
  private var finished = false
  private var finishWaiters: [CheckedContinuation<Void, Never>] = []
  private var stderrTail: [UInt8] = []

  init(child: ChildProcess, memoryLimitBytes: Int?, memoryPollInterval: Duration, maximumReplyBytes: Int) {
    self.child = child
    self.memoryLimitBytes = memoryLimitBytes
    self.memoryPollNanoseconds = max(1_000_000, UInt64(memoryPollInterval.seconds * 1e9))
    self.maximumReplyBytes = maximumReplyBytes
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
      for fd in fds {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      }
    }
    wakeRead = fds[0]
    wakeWrite = fds[1]
  }

  /// Starts the I/O thread.
  func start() {
    let thread = Thread { [self] in run() }
    thread.name = "repl-io-\(child.pid)"
    thread.stackSize = 1 << 20
    thread.start()
  }

  /// Sends one framed request and waits for its reply, the deadline, or a fault. Cancelling the
  /// waiting task fails the exchange with `.cancelled` (the owner must then kill the child).
  func exchange(_ bytes: [UInt8], timeout: Duration) async -> Reply {
    let seconds = timeout.seconds
    return await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<Reply, Never>) in
        lock.lock()
        if let fault {
          lock.unlock()
          continuation.resume(returning: .failure(fault))
          return
        }
        if unsolicitedReplies > 0 || waiter != nil {
          fault = .unexpectedReply
          lock.unlock()
          continuation.resume(returning: .failure(.unexpectedReply))
          return
        }
        let deadline = Self.monotonicNanoseconds() &+ UInt64(max(0, seconds) * 1e9)
        waiter = Waiter(
          continuation: continuation, deadline: deadline, timeoutMilliseconds: Int((seconds * 1000).rounded()))
        // Write directly when the pipe takes the whole request (the usual case), so the REPL can
        // start at once; the I/O thread writes any rest when the pipe has room. It is woken
        // either way, to take up the new deadline.
        let written = bytes.withUnsafeBytes { write(child.stdinFD, $0.baseAddress, $0.count) }
        if written < bytes.count { pendingWrite.append(contentsOf: bytes[max(0, written)...]) }
        lock.unlock()
        wake()
      }
    } onCancel: {
      fail(.cancelled)
    }
  }

  /// True when the child printed a reply that no request asked for, or the channel failed: the
  /// channel cannot take another request.
  var isSpoiled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return unsolicitedReplies > 0 || fault != nil
  }

  /// The last bytes the child wrote to stderr.
  var stderrText: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: stderrTail, as: UTF8.self)
  }

  /// Asks the I/O thread to stop; it closes the pipes and reaps the child (kill the group first).
  func stop() {
    lock.lock()
    stopping = true
    lock.unlock()
    wake()
  }

  /// Waits until the I/O thread has closed the pipes and reaped the child.
  func waitUntilFinished() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      lock.lock()
      if finished {
        lock.unlock()
        continuation.resume()
      } else {
        finishWaiters.append(continuation)
        lock.unlock()
      }
    }
  }

  private func wake() {
    lock.lock()
    defer { lock.unlock() }
    guard !wakeClosed else { return }
    var byte: UInt8 = 1
    _ = write(wakeWrite, &byte, 1)
  }

  /// Records the first fault and fails the waiting exchange with it.
  private func fail(_ error: ReplProcessError) {
    lock.lock()
    if fault == nil { fault = error }
    let pending = waiter
    waiter = nil
    lock.unlock()
    pending?.continuation.resume(returning: .failure(error))
  }

  private func deliver(_ frame: [UInt8]) {
    lock.lock()
    guard let pending = waiter else {
      unsolicitedReplies += 1
      lock.unlock()
      return
    }
    waiter = nil
    lock.unlock()
    pending.continuation.resume(returning: .success(frame))
  }

  static func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private func appendStderr(_ bytes: UnsafeRawBufferPointer) {
    lock.lock()
    stderrTail.append(contentsOf: bytes)
    if stderrTail.count > stderrTailLimit { stderrTail.removeFirst(stderrTail.count - stderrTailLimit) }
    lock.unlock()
  }

  // MARK: - The I/O thread

  private func run() {
    var framer = ResponseFramer(maximumFrameBytes: maximumReplyBytes)
    var stdoutOpen = true
    var stderrOpen = true
    var stdinOpen = true
    var nextMemoryCheck: UInt64 = 0
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
    defer { buffer.deallocate() }

    while true {
      lock.lock()
      let stop = stopping
      let hasWrite = !pendingWrite.isEmpty
      let deadline = fault == nil ? waiter?.deadline : nil
      lock.unlock()
      if stop { break }

      var timeout: Int32 = -1
      let now = Self.monotonicNanoseconds()
      if let deadline {
        var until = deadline > now ? deadline - now : 0
        if memoryLimitBytes != nil {
          if nextMemoryCheck == 0 { nextMemoryCheck = now &+ memoryPollNanoseconds }
          until = min(until, nextMemoryCheck > now ? nextMemoryCheck - now : 0)
        }
        timeout = Int32(min(until / 1_000_000 + (until % 1_000_000 == 0 ? 0 : 1), 60_000))
      } else {
        nextMemoryCheck = 0
      }

      var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
      if stdoutOpen { fds.append(pollfd(fd: child.stdoutFD, events: Int16(POLLIN), revents: 0)) }
      if stderrOpen { fds.append(pollfd(fd: child.stderrFD, events: Int16(POLLIN), revents: 0)) }
      if stdinOpen && hasWrite { fds.append(pollfd(fd: child.stdinFD, events: Int16(POLLOUT), revents: 0)) }
      let ready = poll(&fds, nfds_t(fds.count), timeout)
      if ready < 0 && errno != EINTR { break }

      for entry in fds where entry.revents != 0 {
        switch entry.fd {
        case wakeRead:
          while read(wakeRead, buffer.baseAddress, buffer.count) > 0 {}
        case child.stdoutFD:
          stdoutOpen = readStdout(into: &framer, buffer: buffer)
          if !stdoutOpen {
            if stderrOpen { stderrOpen = drainStderr(buffer: buffer) }
            fail(.exited(stderr: stderrText.trimmingCharacters(in: .whitespacesAndNewlines)))
          }
        case child.stderrFD:
          stderrOpen = drainStderr(buffer: buffer)
        case child.stdinFD:
          stdinOpen = writePending()
        default:
          break
        }
      }

      let after = Self.monotonicNanoseconds()
      lock.lock()
      let expired = fault == nil && waiter.map { after >= $0.deadline } == true
      let milliseconds = waiter?.timeoutMilliseconds ?? 0
      let waiting = fault == nil && waiter != nil
      lock.unlock()
      if expired {
        fail(.timeout(milliseconds: milliseconds))
      } else if waiting, let limit = memoryLimitBytes, nextMemoryCheck != 0, after >= nextMemoryCheck {
        nextMemoryCheck = after &+ memoryPollNanoseconds
        let resident = ProcessGroup.residentBytes(of: child.processGroup)
        if resident > limit { fail(.memoryLimit(residentBytes: resident, limitBytes: limit)) }
      }
    }
    finish()
  }

  /// Reads what stdout has; returns false at end of file or after a framing fault.
  private func readStdout(into framer: inout ResponseFramer, buffer: UnsafeMutableRawBufferPointer) -> Bool {
    while true {
      let count = read(child.stdoutFD, buffer.baseAddress, buffer.count)
      if count > 0 {
        do {
          for frame in try framer.append(UnsafeRawBufferPointer(rebasing: buffer[..<count])) { deliver(frame) }
        } catch {
          fail(.replyTooLarge(limitBytes: maximumReplyBytes))
          return false
        }
      } else if count == 0 {
        return false
      } else {
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
      }
    }
  }

  /// Reads what stderr has into the tail; returns false at end of file.
  private func drainStderr(buffer: UnsafeMutableRawBufferPointer) -> Bool {
    while true {
      let count = read(child.stderrFD, buffer.baseAddress, buffer.count)
      if count > 0 {
        appendStderr(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
      } else if count == 0 {
        return false
      } else {
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
      }
    }
  }

  /// Writes as much of the pending request as the pipe takes; returns false when stdin is closed.
  private func writePending() -> Bool {
    lock.lock()
    var failure: String?
    while !pendingWrite.isEmpty {
      let written = pendingWrite.withUnsafeBytes { write(child.stdinFD, $0.baseAddress, $0.count) }
      if written > 0 {
        pendingWrite.removeFirst(written)
      } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
        break
      } else {
        failure = written < 0 ? String(cString: strerror(errno)) : "short write"
        pendingWrite.removeAll()
      }
    }
    lock.unlock()
    if let failure {
      fail(.writeFailed(failure))
      return false
    }
    return true
  }

  private func finish() {
    lock.lock()
    wakeClosed = true
    close(wakeRead)
    close(wakeWrite)
    lock.unlock()
    close(child.stdinFD)
    close(child.stdoutFD)
    close(child.stderrFD)
    var status: Int32 = 0
    while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
    fail(.shutDown)
    lock.lock()
    finished = true
    let waiters = finishWaiters
    finishWaiters = []
    lock.unlock()
    for waiter in waiters { waiter.resume() }
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}
