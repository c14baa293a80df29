import Foundation
import Testing

@testable import CobranzaSQLite

/// The small codec behind id lists and custom fields: standard JSON out, standard JSON in.
@Suite("SQLite store: flat JSON columns")
struct FlatJSONTests {
    static let texts = ["", "FA-1", "comillas \" \\ / \u{0} \u{7} \t\n\r", "ñandú 🧾", "\u{2028}", "e\u{301}"]

    @Test("arrays and objects of strings round-trip and agree with JSONDecoder")
    func roundTrip() throws {
        let array = FlatJSON.encode(Self.texts)
        #expect(try FlatJSON.decodeArray(array) == Self.texts)
        #expect(try JSONDecoder().decode([String].self, from: Data(array.utf8)) == Self.texts)
        let object = Dictionary(uniqueKeysWithValues: Self.texts.enumerated().map { ("\($1)k", "\($0)\($1)") })
        let text = FlatJSON.encode(object)
        #expect(try FlatJSON.decodeObject(text) == object)
        #expect(try JSONDecoder().decode([String: String].self, from: Data(text.utf8)) == object)
    }

    @Test("keys are written sorted, so equal fields make equal text")
    func sortedKeys() {
        #expect(FlatJSON.encode(["b": "2", "a": "1"]) == #"{"a":"1","b":"2"}"#)
        #expect(FlatJSON.encode([String]()) == "[]")
        #expect(FlatJSON.encode([String: String]()) == "{}")
    }

    @Test("what JSONEncoder writes — escaped slashes, \\u escapes, surrogate pairs, spaces — reads back")
    func readsOtherWriters() throws {
        let written = String(decoding: try JSONEncoder().encode(Self.texts), as: UTF8.self)
        #expect(try FlatJSON.decodeArray(written) == Self.texts)
        #expect(try FlatJSON.decodeArray(#" [ "\ud83e\uddfe" , "\u00f1" ] "#) == ["🧾", "ñ"])
        #expect(try FlatJSON.decodeObject(#"{ "a" : "\/" }"#) == ["a": "/"])
    }

    @Test(
        "malformed text is refused",
        arguments: [#"["a""#, #"["a",]"#, "[1]", #"{"a":1}"#, #"["\ud83e"]"#, #"["\q"]"#, #"{"a"}"#, "x"])
    func malformed(_ text: String) {
        #expect(throws: FlatJSON.Malformed.self) { try FlatJSON.decodeArray(text) }
        #expect(throws: FlatJSON.Malformed.self) { try FlatJSON.decodeObject(text) }
    }
}
