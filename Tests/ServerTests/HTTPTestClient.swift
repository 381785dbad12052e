import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 client over a loopback socket, for tests: one request per connection
/// (`Connection: close`), the whole answer read to the end. Raw enough to send what a
/// browser would not (an oversized body, a body that never comes).
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: Any? {
        do { return try JSONSerialization.jsonObject(with: body) } catch { return nil }
    }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

enum HTTPTestClient {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func get(_ port: Int, _ path: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await request(port, method: "GET", path: path, headers: headers)
    }

    static func post(_ port: Int, _ path: String, body: Data, contentType: String = "text/html; charset=utf-8",
                     headers: [String: String] = [:]) async throws -> HTTPAnswer {
        var all = headers
        all["Content-Type"] = contentType
        return try await request(port, method: "POST", path: path, headers: all, body: body)
    }

    /// The blocking exchange on a thread of its own: the server under test runs its work on
    /// the same process's concurrency pool (two threads on two cores), which a blocked test
    /// must not hold.
    static func request(_ port: Int, method: String, path: String, headers: [String: String] = [:], body: Data? = nil,
                        declaredLength: Int? = nil, stallAfterHeaders: Bool = false, timeout: Double = 60) async throws -> HTTPAnswer {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try blockingRequest(port, method: method, path: path, headers: headers, body: body,
                                        declaredLength: declaredLength, stallAfterHeaders: stallAfterHeaders, timeout: timeout)
                })
            }
        }
    }

    /// Sends the request; `stallAfterHeaders` sends the head (with its Content-Length) and then
    /// nothing, to see what the server does with a body that never arrives.
    static func blockingRequest(_ port: Int, method: String, path: String, headers: [String: String], body: Data?,
                                declaredLength: Int?, stallAfterHeaders: Bool, timeout: Double) throws -> HTTPAnswer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to 127.0.0.1:\(port): \(errno)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (k, v) in headers { head += "\(k): \(v)\r\n" }
        if let length = declaredLength ?? body?.count { head += "Content-Length: \(length)\r\n" }
        head += "\r\n"
        try send(fd, Data(head.utf8))
        if let body, !stallAfterHeaders { try send(fd, body) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 { received.append(contentsOf: buffer[0..<n]) } else if n == 0 { break } else {
                if errno == EINTR { continue }
                if errno == ECONNRESET, !received.isEmpty { break }
                throw Failure(description: "recv: errno \(errno) after \(received.count) bytes")
            }
        }
        return try parse(received)
    }

    private static func send(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    // The server may answer (413) and close before the whole body is sent.
                    if errno == EPIPE || errno == ECONNRESET { return }
                    throw Failure(description: "send: errno \(errno)")
                }
                offset += n
            }
        }
    }

    static func parse(_ data: Data) throws -> HTTPAnswer {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "no HTTP head in \(data.count) bytes: \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
        let lines = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return HTTPAnswer(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var position = data.startIndex
        while let lineEnd = data.range(of: Data("\r\n".utf8), in: position..<data.endIndex) {
            let sizeText = String(decoding: data[position..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            let end = min(data.endIndex, start + size)
            out.append(data[start..<end])
            position = min(data.endIndex, end + 2)
        }
        return out
    }
}
