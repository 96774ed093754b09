using NodaTime;

namespace HrKit.Audit;

/// <summary>One stored link of the audit chain.</summary>
/// <param name="Sequence">Position in the chain, 1, 2, 3… without gaps.</param>
/// <param name="At">When it was appended, from the log's <see cref="IClock"/>.</param>
/// <param name="Kind">What happened (<see cref="AuditKinds"/>).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Subject">What it was done to.</param>
/// <param name="Summary">A human summary.</param>
/// <param name="DataHash">SHA-256 (hex) of the data acted on, or empty.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of entry <c>Sequence - 1</c>; <see cref="AuditChain.GenesisHash"/> for the first.</param>
/// <param name="Hash">SHA-256 (hex) over every field above (<see cref="AuditChain.ComputeHash"/>).</param>
public sealed record AuditEntry(long Sequence, Instant At, string Kind, string Actor, string Subject, string Summary, string DataHash, string PreviousHash, string Hash);
