import NIOCore
import PostgresNIO

/// A one-dimensional PostgreSQL array parameter whose elements may be NULL (postgres-nio encodes arrays of
/// non-optional elements only). The store binds one per column and inserts many rows with one
/// `INSERT … SELECT * FROM unnest($1::text[], $2::bigint[], …)` statement.
struct ColumnArray<Element: PostgresArrayEncodable & PostgresNonThrowingEncodable>: PostgresNonThrowingEncodable {
    var elements: [Element?]

    init(_ elements: [Element?]) {
        self.elements = elements
    }

    static var psqlType: PostgresDataType { Element.psqlArrayType }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        // The binary array format: dimensions, has-nulls flag, element type, then per dimension its length
        // and lower bound, then each element as a length (-1 for NULL) and its bytes.
        buffer.writeInteger(elements.isEmpty ? 0 : 1, as: Int32.self)
        buffer.writeInteger(elements.contains { $0 == nil } ? 1 : 0, as: Int32.self)
        buffer.writeInteger(Element.psqlType.rawValue)
        guard !elements.isEmpty else { return }
        buffer.writeInteger(Int32(elements.count), as: Int32.self)
        buffer.writeInteger(1, as: Int32.self)
        for element in elements {
            guard let element else {
                buffer.writeInteger(-1, as: Int32.self)
                continue
            }
            let lengthIndex = buffer.writerIndex
            buffer.writeInteger(0, as: Int32.self)
            let start = buffer.writerIndex
            element.encode(into: &buffer, context: context)
            buffer.setInteger(Int32(buffer.writerIndex - start), at: lengthIndex, as: Int32.self)
        }
    }
}

/// The columns of a bulk write, each bound as one array.
struct Columns {
    private(set) var binds = PostgresBindings()
    private(set) var casts: [String] = []

    mutating func text(_ values: [String?]) {
        binds.append(ColumnArray(values))
        casts.append("$\(casts.count + 1)::text[]")
    }

    mutating func bigint(_ values: [Int64?]) {
        binds.append(ColumnArray(values))
        casts.append("$\(casts.count + 1)::bigint[]")
    }

    mutating func integer(_ values: [Int?]) {
        binds.append(ColumnArray(values.map { $0.map(Int64.init) }))
        casts.append("$\(casts.count + 1)::bigint[]")
    }

    mutating func double(_ values: [Double?]) {
        binds.append(ColumnArray(values))
        casts.append("$\(casts.count + 1)::float8[]")
    }

    mutating func boolean(_ values: [Bool]) {
        binds.append(values)
        casts.append("$\(casts.count + 1)::boolean[]")
    }

    /// `unnest($1::text[], …)`: the rows, one per array index.
    var unnest: String { "unnest(\(casts.joined(separator: ", ")))" }
}
