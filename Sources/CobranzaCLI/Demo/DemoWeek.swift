import Cobranza

/// What one week of the demo did, tallied from the run reports, the payments made and the activity log.
struct DemoWeek {
    var start: CivilDate
    var end: CivilDate
    var messagesByChannel: [String: Int] = [:]
    var messagesByStage: [String: Int] = [:]
    var tasks = 0
    var alertsByRule: [String: Int] = [:]
    var payments = 0
    var paid = Money.zero(.ars)
    var promisesMade = 0
    var promisesKept = 0
    var promisesBroken = 0
    var disputes = 0

    init(start: CivilDate) {
        self.start = start
        self.end = start
    }

    var messages: Int { messagesByChannel.values.reduce(0, +) }

    mutating func add(_ report: RunReport) {
        for message in report.messages {
            messagesByChannel[message.channel.rawValue, default: 0] += 1
            messagesByStage[message.stage.rawValue, default: 0] += 1
        }
        tasks += report.tasks.count
        for alert in report.alerts { alertsByRule[alert.rule, default: 0] += 1 }
    }

    mutating func add(_ activities: [LoggedActivity]) {
        for logged in activities {
            switch logged.activity.kind {
            case .promiseMade: promisesMade += 1
            case .promiseKept: promisesKept += 1
            case .promiseBroken: promisesBroken += 1
            case .disputeOpened: disputes += 1
            default: break
            }
        }
    }

    /// Three lines: messages, people's work and money, alerts.
    var lines: [String] {
        let stages = CadenceStage.allCases.compactMap { stage in
            messagesByStage[stage.rawValue].map { "\(stage.rawValue) \($0)" }
        }
        let channels = Channel.allCases.compactMap { channel in
            messagesByChannel[channel.rawValue].map { "\(channel.rawValue) \($0)" }
        }
        let alerts = alertsByRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return [
            "Week \(start) to \(end)",
            "  messages  \(messages)"
                + (messages == 0 ? "" : " (\(channels.joined(separator: ", ")); \(stages.joined(separator: ", ")))"),
            "  people    \(tasks) tasks; promises \(promisesMade) made, \(promisesKept) kept, \(promisesBroken) broken; "
                + "\(disputes) disputes",
            "  payments  \(payments) for \(paid.formatted(.esAR))",
            "  alerts    \(alertsByRule.values.reduce(0, +))"
                + (alerts.isEmpty ? "" : " (\(alerts.joined(separator: ", ")))"),
        ]
    }
}
