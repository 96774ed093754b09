using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;

namespace HrKit.Integration.Vendors;

/// <summary>A vendor record after normalisation: either a check-in or the reason it could not become one.</summary>
internal readonly record struct Normalised(CheckInRecord? Record, RejectedRecord? Rejected)
{
    public static implicit operator Normalised(CheckInRecord record) => new(record, null);

    public static implicit operator Normalised(RejectedRecord rejected) => new(null, rejected);
}
