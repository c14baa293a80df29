/// A command line that cannot be run as written: exit status 2, with the command's usage.
struct UsageError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

/// Input the command understood but refused (a malformed file, an unknown invoice): exit status 2.
struct InputError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
