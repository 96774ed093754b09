using HrKit.Integration.Reconciliation;

namespace HrKit.Integration.Suites;

/// <summary>A vendor record after normalisation: the value, or the reason it could not become one.</summary>
internal readonly record struct Parsed<T>(T? Value, RejectedRecord? Rejected)
    where T : class
{
    public static implicit operator Parsed<T>(T value) => new(value, null);

    public static implicit operator Parsed<T>(RejectedRecord rejected) => new(null, rejected);
}
