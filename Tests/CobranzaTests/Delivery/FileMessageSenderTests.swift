import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("File message sender")
struct FileMessageSenderTests {
    let clock = ManualClock(now: Fixtures.baseInstant, timeZone: .gmt)

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cobranza-outbox-\(UUID().uuidString)")
    }

    @Test("an email becomes an RFC 5322 file with encoded headers and base64 UTF-8 parts")
    func email() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sender = FileMessageSender(folder: folder, from: "Cobranzas <cobranzas@empresa.example>", clock: clock)
        var message = Fixtures.message(to: "C-1")
        message.subject = "Recordatorio — Ferretería"
        message.body = "Estimada Laura: le recordamos la factura A-0001."
        let receipt = try await sender.send(message, idempotencyKey: "cadence/C-1/email/2024-03-01")
        #expect(receipt.providerMessageID == "cadence_C-1_email_2024-03-01.eml")
        #expect(receipt.acceptedAt == Fixtures.baseInstant)

        let text = try String(contentsOf: folder.appendingPathComponent(receipt.providerMessageID), encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("To: pagos@C-1.example"))
        #expect(lines.contains("Date: Fri, 1 Mar 2024 12:00:00 +0000"))
        #expect(lines.contains("Subject: =?utf-8?B?\(Data("Recordatorio — Ferretería".utf8).base64EncodedString())?="))
        #expect(lines.contains("Message-ID: <cadence_C-1_email_2024-03-01@cobranza.invalid>"))
        #expect(lines.contains { $0.hasPrefix("Content-Type: multipart/alternative; boundary=") })
        #expect(lines.contains(Data(message.body.utf8).base64EncodedString()))
        #expect(text.hasSuffix("--\r\n"))
    }

    @Test("sending the same key twice leaves one file; other channels are JSON")
    func idempotentAndJSON() async throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sender = FileMessageSender(folder: folder, from: "cobranzas@empresa.example", clock: clock)
        var whatsApp = Fixtures.message(to: "C-2")
        whatsApp.channel = .whatsApp
        whatsApp.to = ["+54 9 11 5000-0002"]
        whatsApp.whatsAppTemplate = WhatsAppTemplateMessage(
            templateName: "recordatorio_amable", languageCode: "es_AR", parameters: ["Laura", "$ 1.000,00"])
        _ = try await sender.send(whatsApp, idempotencyKey: "k/1")
        _ = try await sender.send(whatsApp, idempotencyKey: "k/1")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["k_1.whatsapp.json"])
        let data = try Data(contentsOf: folder.appendingPathComponent("k_1.whatsapp.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["key"] as? String == "k/1")
        let message = try #require(object["message"] as? [String: Any])
        #expect(message["channel"] as? String == "whatsapp")
    }

    @Test("a message without an address fails permanently; an unwritable folder transiently")
    func failures() async throws {
        var message = Fixtures.message(to: "C-3")
        message.to = []
        let sender = FileMessageSender(folder: temporaryFolder(), from: "x@y.example", clock: clock)
        await #expect(throws: SendError.permanent(reason: "no email address")) {
            try await sender.send(message, idempotencyKey: "k")
        }
        let blocked = FileMessageSender(
            folder: URL(fileURLWithPath: "/proc/cobranza-cannot-write"), from: "x", clock: clock)
        let error = await #expect(throws: SendError.self) {
            try await blocked.send(Fixtures.message(to: "C-3"), idempotencyKey: "k")
        }
        #expect(error?.isTransient == true)
    }
}
