using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>What one forwarding run did with the pending redemptions.</summary>
public sealed record ForwardingReport
{
    /// <summary>The adapter, e.g. <c>welfare</c>.</summary>
    public required string Receiver { get; init; }

    /// <summary>When the run started.</summary>
    public Instant StartedAt { get; init; }

    /// <summary>When the run finished.</summary>
    public Instant FinishedAt { get; init; }

    /// <summary>Redemptions pending at the start.</summary>
    public int Pending { get; init; }

    /// <summary>Redemptions the provider stored in this run.</summary>
    public int Sent { get; init; }

    /// <summary>Redemptions the provider already had (sent by a run that stopped before marking them); marked now.</summary>
    public int AlreadyProcessed { get; init; }

    /// <summary>Redemptions cancelled at the provider in this run because the ledger cancelled them after forwarding.</summary>
    public int Cancelled { get; init; }

    /// <summary>Redemptions (or cancels) the provider refused or did not answer for, with reasons; still pending.</summary>
    public IReadOnlyList<ForwardingFailure> Failed { get; init; } = [];

    /// <summary>Redemptions not tried because the provider was unreachable or overloaded; still pending.</summary>
    public int NotAttempted { get; init; }

    /// <summary>Whether nothing is left pending.</summary>
    public bool IsComplete => Failed.Count == 0 && NotAttempted == 0;
}
