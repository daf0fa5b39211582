import Foundation
import Glibc
import ProverCore

/// Serves any `ProofBackend` over the Lean REPL protocol on a pair of file descriptors (stdin and
/// stdout for `prover repl`), behaving like the real REPL: requests are read with its line rules,
/// one request is answered before the next is read, text starting with `#` or `--` gets no reply,
/// each reply is printed in Lean's pretty JSON format followed by an empty line and flushed, end
/// of input ends the loop (exit status 0), and input that is not a valid request is reported on
/// the error descriptor as an uncaught exception with exit status 1.
public struct ReplServer: Sendable {
  public let backend: any ProofBackend

  public init(backend: any ProofBackend) {
    self.backend = backend
  }

  /// Reads requests from `input` until end of input and writes replies to `output`; returns the
  /// process exit status (0 at end of input, 1 after an invalid request, 74 when output fails).
  public func serve(input: Int32, output: Int32, errorOutput: Int32) async -> Int32 {
    var session = ReplSession(backend: backend)
    var reader = ReplInputReader()
    let printer = LeanJSONPrinter()
    let chunks = Self.readChunks(from: input)
    var iterator = chunks.makeAsyncIterator()
    while true {
      guard let query = reader.nextQuery() else {
        if let chunk = await iterator.next() {
          reader.append(chunk)
        } else {
          reader.finish()
        }
        continue
      }
      if query.isEmpty { return 0 }
      if query.hasPrefix("#") || query.hasPrefix("--") { continue }
      let request: ReplRequest
      switch Self.parse(query) {
      case .success(let parsed):
        request = parsed
      case .failure(let failure):
        let text = "uncaught exception: " + printer.print(.object(["message": .string(failure.message)])) + "\n"
        _ = Self.writeAll(Array(text.utf8), to: errorOutput)
        return 1
      }
      let response = await session.respond(to: request)
      guard Self.writeAll(Array(printer.reply(response.json).utf8), to: output) else { return 74 }
    }
  }

  /// Parses a request as the REPL does, with its error texts.
  static func parse(_ query: String) -> Result<ReplRequest, ParseFailure> {
    let json: JSONValue
    do {
      json = try JSONParser.parse(query)
    } catch {
      return .failure(ParseFailure("Could not parse JSON:\n\(error)"))
    }
    do {
      return .success(try ReplRequest(json: json))
    } catch {
      return .failure(ParseFailure("Could not parse as a valid JSON command:\n\(error)"))
    }
  }

  /// The text of a request the REPL would reject.
  struct ParseFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// Reads `fd` on a dedicated thread (blocking reads) and yields its chunks until end of input.
  static func readChunks(from fd: Int32) -> AsyncStream<[UInt8]> {
    AsyncStream { continuation in
      let thread = Thread {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
          let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
          if count > 0 {
            continuation.yield(Array(buffer[..<count]))
          } else if count < 0 && errno == EINTR {
            continue
          } else {
            break
          }
        }
        continuation.finish()
      }
      thread.name = "repl-server-input"
      thread.start()
    }
  }

  /// Writes all bytes, retrying on partial writes; false when the descriptor fails.
  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }
}
