/// One contact point of a cadence: when it falls due, at which stage, through which channels, with which
/// template family, who speaks and whom it addresses.
///
/// ```swift
/// let step = CadenceStep(
///     id: "C-direct", trigger: .daysAfterDue(7), stage: .direct, channels: [.whatsApp, .email, .sms],
///     sender: .collector)
/// step.template      // "direct": the family defaults to the stage name
/// step.contactRole   // .billing: the escalation contact is addressed from `formal` on
/// ```
///
/// In JSON every field but `id`, `trigger` and `stage` may be omitted:
///
/// ```json
/// {"id": "C-formal", "trigger": "15_days_after_due", "stage": "formal", "channels": ["email", "letter"],
///  "template": "formal", "sender": "supervisor", "contact": "escalation"}
/// ```
public struct CadenceStep: Sendable, Hashable, Identifiable {
    /// The step's identifier, unique within its tier. It names the step in idempotency keys
    /// (``CadenceStepKey``): once an invoice has had a step, it never gets a step with the same id again, so
    /// giving two tiers' steps the same id makes one count as done for the other when a customer changes tier.
    public var id: String
    /// When the step falls due for an invoice.
    public var trigger: CadenceTrigger
    /// The stage of the escalation the step belongs to.
    public var stage: CadenceStage
    /// The channels in order of preference; the first one the addressed contact has an address for is used.
    /// ``Channel/phoneCall`` and ``Channel/visit`` (and a ``signed`` letter) become tasks for a person. An
    /// ``CadenceStage/action`` step may list none: it then only creates the action item.
    public var channels: [Channel]
    /// The template family the message is rendered from; the template library resolves family × channel ×
    /// language. Defaults to the stage's raw value (`"friendly"`).
    public var template: String
    /// Who speaks for the company.
    public var sender: SenderRole
    /// Whom the step addresses at the customer; defaults to the stage's ``CadenceStage/defaultContactRole``.
    public var contactRole: ContactRole
    /// Conditions the step needs, if any.
    public var conditions: CadenceConditions?
    /// What the person responsible for actions must do; required for the ``CadenceStage/action`` stage and
    /// only allowed there.
    public var action: CollectionAction?
    /// Whether a letter must be prepared and signed by a person: when the step's channel resolves to
    /// ``Channel/letter``, the letter becomes a ``TaskKind/letter`` task instead of a message.
    public var signed: Bool

    /// Creates a step.
    ///
    /// - Parameters:
    ///   - id: The identifier, unique within the tier.
    ///   - trigger: When the step falls due.
    ///   - stage: The stage.
    ///   - channels: The channels in order of preference.
    ///   - template: The template family; `nil` for the stage's raw value.
    ///   - sender: Who speaks for the company.
    ///   - contactRole: Whom the step addresses; `nil` for the stage's default.
    ///   - conditions: Conditions the step needs.
    ///   - action: The action, for an action step.
    ///   - signed: Whether a letter must be signed by a person.
    public init(
        id: String, trigger: CadenceTrigger, stage: CadenceStage, channels: [Channel] = [], template: String? = nil,
        sender: SenderRole = .system, contactRole: ContactRole? = nil, conditions: CadenceConditions? = nil,
        action: CollectionAction? = nil, signed: Bool = false
    ) {
        self.id = id
        self.trigger = trigger
        self.stage = stage
        self.channels = channels
        self.template = template ?? stage.rawValue
        self.sender = sender
        self.contactRole = contactRole ?? stage.defaultContactRole
        self.conditions = conditions
        self.action = action
        self.signed = signed
    }
}
