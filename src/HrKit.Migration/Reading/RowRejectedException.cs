namespace HrKit.Migration.Reading;

/// <summary>Carries one row's rejection from the typed reader to the loop that collects rejects; never escapes the package.</summary>
#pragma warning disable CA1032 // Internal control flow only: the documented exception is MigrationException.
internal sealed class RowRejectedException(MigrationReject reject) : Exception(reject.ToString())
#pragma warning restore CA1032
{
    public MigrationReject Reject { get; } = reject;
}
