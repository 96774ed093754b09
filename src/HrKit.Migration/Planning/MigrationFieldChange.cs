using HrKit.Migration.Mapping;
using HrKit.Privacy;

namespace HrKit.Migration.Planning;

/// <summary>One field of a changed item: its value in the store and in the export.</summary>
/// <param name="Field">The HrKit field name (<see cref="MigrationFields"/>).</param>
/// <param name="Before">The store's value; null when the store has none.</param>
/// <param name="After">The export's value; null when empty.</param>
public sealed record MigrationFieldChange(string Field, string? Before, string? After)
{
    /// <summary>Whether the field holds personal data (<see cref="MigrationFields.Personal"/>).</summary>
    public bool IsPersonal => MigrationFields.Personal.Contains(Field);

    /// <summary><c>field: before → after</c>, personal values masked unless <paramref name="showPersonalData"/>.</summary>
    public string Describe(bool showPersonalData) =>
        $"{Field}: {Show(Before, showPersonalData) ?? "(none)"} -> {Show(After, showPersonalData) ?? "(none)"}";

    private string? Show(string? value, bool reveal) => IsPersonal ? PersonalData.Show(value, reveal) : value;
}
