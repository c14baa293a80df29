/// The JSON document of a template set: `{"templates": [MessageTemplate, …]}`.
struct TemplateDocument: Codable {
    /// The templates.
    var templates: [MessageTemplate]

    /// A decoding error as a ``TemplateError`` naming the field, as in `templates[3].channel`.
    ///
    /// - Parameter error: The decoding error.
    /// - Returns: The template error.
    static func describe(_ error: DecodingError) -> TemplateError {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text.isEmpty ? "(root)" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .invalidJSON(path: path(context.codingPath + [key]), reason: "the field is missing")
        case .typeMismatch(let type, let context):
            return .invalidJSON(path: path(context.codingPath), reason: "expected \(type)")
        case .valueNotFound(let type, let context):
            return .invalidJSON(path: path(context.codingPath), reason: "expected \(type), found null")
        case .dataCorrupted(let context):
            return .invalidJSON(path: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .invalidJSON(path: "(root)", reason: String(describing: error))
        }
    }
}
