namespace HrKit.Audit;

/// <summary>The bounds an <see cref="AuditRecord"/> is checked against; longer values are refused, never cut.</summary>
public static class AuditLimits
{
    /// <summary>Longest <see cref="AuditRecord.Kind"/>.</summary>
    public const int MaxKindLength = 64;

    /// <summary>Longest <see cref="AuditRecord.Actor"/>.</summary>
    public const int MaxActorLength = 200;

    /// <summary>Longest <see cref="AuditRecord.Subject"/>.</summary>
    public const int MaxSubjectLength = 400;

    /// <summary>Longest <see cref="AuditRecord.Summary"/>.</summary>
    public const int MaxSummaryLength = 4000;
}
