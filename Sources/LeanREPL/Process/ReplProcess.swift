/// One Lean REPL child process, started on first use and restarted after any fault. Requests are
/// sent one at a time (in call order), each with a deadline. On a timeout, end of output, an
/// undecodable or oversized reply, a reply nobody asked for, a memory overrun or cancellation, the
/// whole process group is killed and the pipe is never reused; the next request starts a new
/// incarnation, which replays the header so that its environment is rebuilt.
public actor ReplProcess {
  public nonisolated let launch: ReplLaunch
  public nonisolated let configuration: ReplProcessConfiguration

  private var child: ChildProcess?
  private var channel: ReplChannel?
  /// Channels of killed incarnations whose I/O threads may still be finishing.
  private var retiredChannels: [ReplChannel] = []
  /// Counts starts: ids in replies are valid only within the incarnation that gave them.
  public private(set) var incarnation = 0
  /// Requests answered by the current incarnation (the header not counted).
  public private(set) var requestsServed = 0
  /// The environment the header produced in the current incarnation.
  public private(set) var headerEnvironment: Int?
  /// Failed starts and requests in a row, for the restart back-off.
  public private(set) var consecutiveFailures = 0
  /// The fault that ended the last incarnation.
  public private(set) var lastFault: ReplProcessError?
  /// The numbering of the current incarnation, to check that each reply fits its request.
  private var validator = ReplReplyValidator()
  private var isShutDown = false
  private var busy = false
  private var queue: [CheckedContinuation<Void, Never>] = []

  public init(launch: ReplLaunch, configuration: ReplProcessConfiguration = ReplProcessConfiguration()) {
    self.launch = launch
    self.configuration = configuration
  }

  /// True while a process is running and has not failed.
  public var isRunning: Bool { channel != nil }

  /// The process group of the running incarnation.
  public var processGroup: Int32? { child?.processGroup }

  /// The resident memory of the running process group, read from `/proc`.
  public func residentBytes() -> Int? {
    child.map { ProcessGroup.residentBytes(of: $0.processGroup) }
  }

  /// Starts the process (and sends the header) if it is not running.
  public func start() async throws(ReplProcessError) {
    await acquire()
    defer { release() }
    if isShutDown { throw .shutDown }
    if channel == nil { try await startLocked() }
  }

  /// Sends one request and returns its reply. `incarnation`, when given, is the incarnation the
  /// request's ids come from: if the process was restarted or died since, nothing is sent (and
  /// nothing is restarted) and the call fails with `staleIncarnation`. Requests that name an
  /// environment or a proof state should always pass it. A task cancelled before its request is
  /// sent fails with `cancelled` and leaves the process alone.
  public func send(_ request: ReplRequest, incarnation expected: Int? = nil, timeout: Duration? = nil)
    async throws(ReplProcessError) -> ReplReply
  {
    let bytes: [UInt8]
    do {
      bytes = try request.framedBytes()
    } catch {
      throw .unsendable(error)
    }
    await acquire()
    defer { release() }
    if isShutDown { throw .shutDown }
    if Task.isCancelled { throw .cancelled }
    if let channel, channel.isSpoiled { terminate(because: .unexpectedReply) }
    if let expected {
      // Ids of a dead incarnation are gone: say so without paying for a restart.
      let next = channel == nil ? incarnation + 1 : incarnation
      if expected != next { throw .staleIncarnation(expected: expected, current: next) }
    }
    if channel == nil { try await startLocked() }
    let response = try await exchange(request, bytes, timeout: timeout ?? configuration.requestTimeout)
    requestsServed += 1
    consecutiveFailures = 0
    return ReplReply(response: response, incarnation: incarnation, requestsServed: requestsServed)
  }

  /// Runs `cmd` in the header environment of the current incarnation (starting the process if
  /// needed), or in a fresh environment when there is no header. The header environment is rebuilt
  /// at every start, so such a command never refers to a stale id.
  public func sendInHeaderEnvironment(
    _ cmd: String, options: CommandOptions = CommandOptions(), timeout: Duration? = nil
  )
    async throws(ReplProcessError) -> ReplReply
  {
    await acquire()
    defer { release() }
    if isShutDown { throw .shutDown }
    if Task.isCancelled { throw .cancelled }
    if let channel, channel.isSpoiled { terminate(because: .unexpectedReply) }
    if channel == nil { try await startLocked() }
    let request = ReplRequest.command(CommandRequest(cmd: cmd, env: headerEnvironment, options: options))
    let bytes: [UInt8]
    do {
      bytes = try request.framedBytes()
    } catch {
      throw .unsendable(error)
    }
    let response = try await exchange(request, bytes, timeout: timeout ?? configuration.requestTimeout)
    requestsServed += 1
    consecutiveFailures = 0
    return ReplReply(response: response, incarnation: incarnation, requestsServed: requestsServed)
  }

  /// Kills the running process group (if any); the next request starts a new incarnation.
  public func restart() async {
    await acquire()
    defer { release() }
    terminate(because: nil)
  }

  /// Kills the process group, waits until the child is reaped, and refuses further requests.
  public func shutdown() async {
    await acquire()
    isShutDown = true
    terminate(because: nil)
    release()
    let channels = retiredChannels
    retiredChannels = []
    for channel in channels { await channel.waitUntilFinished() }
  }

  private func exchange(_ request: ReplRequest, _ bytes: [UInt8], timeout: Duration) async throws(ReplProcessError)
    -> ReplResponse
  {
    guard let channel else { throw .shutDown }
    switch await channel.exchange(bytes, timeout: timeout) {
    case .success(let frame):
      let response: ReplResponse
      do {
        response = try ReplResponse(bytes: frame)
      } catch {
        consecutiveFailures += 1
        terminate(because: .invalidReply(error))
        throw .invalidReply(error)
      }
      if let mismatch = validator.accept(response, for: request) {
        consecutiveFailures += 1
        terminate(because: .mismatchedReply(mismatch))
        throw .mismatchedReply(mismatch)
      }
      return response
    case .failure(let error):
      terminate(because: error)
      if error != .cancelled { consecutiveFailures += 1 }
      throw error
    }
  }

  private func startLocked() async throws(ReplProcessError) {
    let wait = configuration.backoff(afterFailures: consecutiveFailures)
    if wait > .zero { try? await Task.sleep(for: wait) }
    let spawned: ChildProcess
    do {
      spawned = try ChildProcess.spawn(launch)
    } catch {
      consecutiveFailures += 1
      lastFault = error
      throw error
    }
    let newChannel = ReplChannel(
      child: spawned, memoryLimitBytes: configuration.memoryLimitBytes,
      memoryPollInterval: configuration.memoryPollInterval, maximumReplyBytes: configuration.maximumReplyBytes)
    newChannel.start()
    child = spawned
    channel = newChannel
    incarnation += 1
    requestsServed = 0
    headerEnvironment = nil
    validator = ReplReplyValidator()
    guard let header = configuration.header else { return }
    let response: ReplResponse
    do {
      let request = ReplRequest.command(CommandRequest(cmd: header))
      response = try await exchange(request, try request.framedBytes(), timeout: configuration.startupTimeout)
    } catch let error as ReplProcessError {
      throw error
    } catch {
      consecutiveFailures += 1
      terminate(because: .headerFailed("\(error)"))
      throw .headerFailed("\(error)")
    }
    guard case .command(let command) = response, !command.hasError else {
      let reason: String
      switch response {
      case .command(let command):
        reason = command.messages.first { $0.severity == .error }.map(\.data) ?? "error"
      case .error(let message): reason = message
      case .proofStep: reason = "the REPL answered the header with a proof step"
      }
      consecutiveFailures += 1
      terminate(because: .headerFailed(reason))
      throw .headerFailed(reason)
    }
    headerEnvironment = command.env
  }

  /// Kills the whole process group and retires its channel; the I/O thread reaps the child.
  private func terminate(because fault: ReplProcessError?) {
    if let fault { lastFault = fault }
    if let child { child.killGroup() }
    if let channel {
      channel.stop()
      retiredChannels.append(channel)
    }
    child = nil
    channel = nil
    if retiredChannels.count > 8 { retiredChannels.removeFirst(retiredChannels.count - 8) }
  }

  private func acquire() async {
    if !busy {
      busy = true
      return
    }
    await withCheckedContinuation { queue.append($0) }
  }

  private func release() {
    if queue.isEmpty {
      busy = false
    } else {
      queue.removeFirst().resume()
    }
  }

  deinit {
    child?.killGroup()
    channel?.stop()
  }
}
