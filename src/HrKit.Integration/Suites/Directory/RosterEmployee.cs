using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>One employee of an authorised company as the vendor's directory describes them.</summary>
/// <param name="UserId">The vendor user id (WeCom userid, DingTalk userid).</param>
/// <param name="Name">The name.</param>
/// <param name="DepartmentIds">The departments the employee belongs to, in ascending id order.</param>
/// <param name="Status">The employment status.</param>
/// <param name="HiredOn">The hire date when the vendor provides one (DingTalk <c>hired_date</c>; WeCom's directory has none).</param>
/// <param name="LeftOn">The local date the employee left, when <paramref name="Status"/> is <see cref="EmploymentStatus.Left"/>.</param>
public sealed record RosterEmployee(
    string UserId, string Name, IReadOnlyList<string> DepartmentIds, EmploymentStatus Status, LocalDate? HiredOn, LocalDate? LeftOn)
{
    /// <summary>Equal when every field is, departments compared element by element.</summary>
    public bool Equals(RosterEmployee? other) =>
        other is not null && UserId == other.UserId && Name == other.Name && Status == other.Status && HiredOn == other.HiredOn
        && LeftOn == other.LeftOn && DepartmentIds.SequenceEqual(other.DepartmentIds, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UserId, Name, Status, HiredOn, LeftOn, DepartmentIds.Count);

    /// <summary>The names of the fields that differ from <paramref name="before"/>, for a report line.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> is null.</exception>
    public IReadOnlyList<string> ChangesFrom(RosterEmployee before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var fields = new List<string>();
        if (Name != before.Name) fields.Add(nameof(Name));
        if (!DepartmentIds.SequenceEqual(before.DepartmentIds, StringComparer.Ordinal)) fields.Add(nameof(DepartmentIds));
        if (Status != before.Status) fields.Add(nameof(Status));
        if (HiredOn != before.HiredOn) fields.Add(nameof(HiredOn));
        if (LeftOn != before.LeftOn) fields.Add(nameof(LeftOn));
        return fields;
    }
}
