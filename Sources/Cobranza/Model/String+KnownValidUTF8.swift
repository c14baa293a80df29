extension String {
    /// Creates a string from UTF-8 bytes built only from valid pieces — the bytes of other strings, ASCII
    /// digits and punctuation, cut or replaced only at ASCII bytes — without validating them a second time.
    ///
    /// `String(decoding:as:)` checks every byte again, which cost about a sixth of rendering a message (the
    /// HTML and text bodies are several kilobytes, mostly non-ASCII Spanish). This is the one place that skips
    /// that check: the caller promises the bytes are valid UTF-8, and debug builds (the tests) verify the
    /// promise on every call. Where the standard library has no `UTF8Span` (a Swift compiler before 6.2, an
    /// Apple system before 26) the bytes are decoded as usual.
    ///
    /// - Parameter bytes: Valid UTF-8.
    init(knownValidUTF8 bytes: [UInt8]) {
        assert(UTF8.isValid(bytes), "the bytes are not valid UTF-8")
        #if compiler(>=6.2)
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            self = String(copying: UTF8Span(unchecked: bytes.span))
            return
        }
        #endif
        self = String(decoding: bytes, as: UTF8.self)
    }
}
