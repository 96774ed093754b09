namespace HrKit.Integration.Outbound;

/// <summary>How a receiver took a delivered message; both mean it has it.</summary>
public enum OutboundOutcome
{
    /// <summary>The receiver processed the message now.</summary>
    Accepted = 0,

    /// <summary>The receiver had already processed a message with the same idempotency key and replayed its answer.</summary>
    AlreadyProcessed = 1,
}
