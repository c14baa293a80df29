/// The words a digest opens with: the title used in the subject and the sentence introducing the items.
public struct AlertWording: Sendable, Hashable, Codable {
    /// The title, as in "Broken payment promises".
    public var title: String
    /// The sentence before the items, as in "Customers with promises broken since the last digest.".
    public var introduction: String

    /// Creates a wording.
    ///
    /// - Parameters:
    ///   - title: The title.
    ///   - introduction: The sentence before the items.
    public init(title: String, introduction: String) {
        self.title = title
        self.introduction = introduction
    }
}
