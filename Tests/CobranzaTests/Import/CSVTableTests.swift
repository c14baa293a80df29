import Cobranza
import Foundation
import Testing

@Suite("CSV files")
struct CSVTableTests {
    func table(_ text: String, file: String = "f.csv") throws -> CSVTable {
        try CSVTable(parsing: Data(text.utf8), file: file)
    }

    @Test("reads RFC 4180: quoted separators, doubled quotes, line breaks in quotes, CRLF, blank lines")
    func rfc4180() throws {
        let csv =
            "ID,Name,Note\r\n1,\"Pérez, Hnos.\",\"dice \"\"ya pagué\"\"\"\r\n\r\n2,Gómez,\"línea 1\nlínea 2\"\n3,López,\n"
        let parsed = try table(csv)
        #expect(parsed.separator == ",")
        #expect(parsed.header == ["id", "name", "note"])
        #expect(
            parsed.rows.map(\.fields) == [
                ["1", "Pérez, Hnos.", "dice \"ya pagué\""], ["2", "Gómez", "línea 1\nlínea 2"], ["3", "López", ""],
            ])
        #expect(parsed.rows.map(\.number) == [2, 4, 6])
    }

    @Test("detects ';' from the header line, as Spanish-locale spreadsheets write it, and skips a BOM")
    func semicolonAndBOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("id;importe\nF-1;1.234,56\n".utf8)
        let parsed = try CSVTable(parsing: data, file: "facturas.csv")
        #expect(parsed.separator == ";")
        #expect(parsed.header == ["id", "importe"])
        #expect(parsed.rows[0].fields == ["F-1", "1.234,56"])
    }

    @Test("a last line without a line break is read")
    func lastLine() throws {
        #expect(try table("a,b\n1,2").rows.map(\.fields) == [["1", "2"]])
    }

    @Test("every malformed row is reported with its row number, not just the first")
    func malformed() throws {
        let error = #expect(throws: ImportError.self) {
            try table("id,name\n1,Ana\n2\n3,Bea,extra\n4,\"open", file: "c.csv")
        }
        #expect(
            error?.problems.map(\.description) == [
                "c.csv:3: has 1 fields, the header has 2", "c.csv:4: has 3 fields, the header has 2",
                "c.csv:5: a quoted field is never closed",
            ])
    }

    @Test("an empty file, a repeated column and invalid UTF-8 are refused")
    func refused() {
        #expect(
            throws: ImportError.rejected([ImportProblem(file: "e.csv", reason: "is empty: a header row is required")])
        ) {
            try table("", file: "e.csv")
        }
        #expect(
            throws: ImportError.rejected([
                ImportProblem(file: "r.csv", row: 1, column: 2, field: "id", reason: "repeated column name")
            ])
        ) {
            try table("id,ID\n1,2\n", file: "r.csv")
        }
        #expect(throws: ImportError.self) { try CSVTable(parsing: Data([0x69, 0x64, 0x0A, 0xFF]), file: "b.csv") }
    }
}
