import Foundation

struct FileMissing: Error {
    var path: String
}

/// Reads a whole file (tests only; the tool reads through its command line).
func fileBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { throw FileMissing(path: path) }
    return [UInt8](data)
}
