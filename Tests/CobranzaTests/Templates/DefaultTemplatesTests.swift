import Cobranza
import Foundation
import Testing

@Suite("Default templates")
struct DefaultTemplatesTests {
    static let families = [
        "new_invoice", "upcoming_due", "friendly", "direct", "formal", "final_notice", "action", "statement",
    ]

    @Test("debug print")
    func debugPrint() throws {
        let renderer = MessageRenderer(library: try .standard())
        for family in ["friendly", "formal"] {
            for channel in Channel.allCases {
                let message = try renderer.render(family: family, channel: channel, context: TemplateFixtures.context())
                print("=== \(family) \(channel) subject: \(message.subject ?? "-")\n\(message.body)\n")
                if let html = message.htmlBody { print(html) }
                if let w = message.whatsAppTemplate { print(w) }
            }
        }
    }
}
