namespace HrKit.Audit;

/// <summary>What <see cref="IAuditLog.VerifyAsync"/> found.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="HeadHash">The hash of the last entry checked (<see cref="AuditChain.GenesisHash"/> for an empty log); keep it elsewhere to detect the newest entries being cut off.</param>
/// <param name="BrokenAt">The sequence number where the chain first breaks; null when intact.</param>
/// <param name="Problem">What is wrong at <paramref name="BrokenAt"/>; null when intact.</param>
public sealed record AuditVerification(long Entries, string HeadHash, long? BrokenAt, string? Problem)
{
    /// <summary>True when every entry's hash and link checked out.</summary>
    public bool IsIntact => BrokenAt is null;
}
