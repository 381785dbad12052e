import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The time and size limits of a request, and how many articles are checked at once.
struct RequestLimits: Sendable {
    let configuration: ServerConfiguration
    let checks: Gate

    init(_ configuration: ServerConfiguration) {
        self.configuration = configuration
        checks = Gate(capacity: max(1, configuration.maxConcurrentChecks))
    }

    /// The body, whole, refused over `maxBodyBytes` (413: at once when Content-Length says
    /// so, else as soon as the bytes pass it) and when it takes longer than the timeout to
    /// arrive (408).
    func body(of request: Request) async throws -> ByteBuffer {
        let limit = configuration.maxBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw ServerError.tooLarge(limit: limit)
        }
        let timeout = configuration.timeout
        return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await request.body.collect(upTo: limit)
                } catch is NIOTooManyBytesError {
                    throw ServerError.tooLarge(limit: limit)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let body = first else {
                throw ServerError(status: .requestTimeout,
                                  message: "the request body took longer than \(configuration.timeoutSeconds) s to arrive", exitCode: 1)
            }
            return body
        }
    }

    /// Runs `work` (synchronous, CPU-bound: a search, a verdict, claim extraction) off the
    /// server's event loops, and answers 503 when it takes longer than the timeout. The work
    /// itself cannot be interrupted; its input is bounded by the body limit, and at most
    /// `maxConcurrentChecks` articles are processed at once (`gated`).
    func run<T: Sendable>(gated: Bool = false, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        if gated {
            guard checks.enter() else {
                throw ServerError.unavailable("the server is busy checking other articles; try again shortly", exitCode: 1, retryAfter: 2)
            }
        }
        let once = Once<T>()
        let timeout = configuration.timeout
        let seconds = configuration.timeoutSeconds
        let checks = self.checks
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            Task.detached {
                defer { if gated { checks.leave() } }
                do { once.resume(.success(try work())) } catch { once.resume(.failure(error)) }
            }
            Task.detached {
                do { try await Task.sleep(for: timeout) } catch { return }
                once.resume(.failure(ServerError.unavailable("the request took longer than \(seconds) s", exitCode: 1, retryAfter: 5)))
            }
        }
    }
}

/// A counter of work in progress, refusing entry past its capacity.
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var inside = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func enter() -> Bool {
        lock.withLock {
            guard inside < capacity else { return false }
            inside += 1
            return true
        }
    }

    func leave() { lock.withLock { inside -= 1 } }
}

/// A continuation resumed once, by whichever of the work and the deadline comes first.
final class Once<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var pending: Result<T, any Error>?
    private var done = false

    func set(_ c: CheckedContinuation<T, any Error>) {
        lock.withLock {
            if let pending {
                c.resume(with: pending)
                done = true
            } else {
                continuation = c
            }
        }
    }

    func resume(_ result: Result<T, any Error>) {
        lock.withLock {
            guard !done else { return }
            if let continuation {
                continuation.resume(with: result)
                done = true
                self.continuation = nil
            } else if pending == nil {
                pending = result
            }
        }
    }
}
