namespace HrKit.Migration.Reading;

/// <summary>A row that was not migrated, and why.</summary>
/// <param name="File">The export file.</param>
/// <param name="Row">The row's line number in the file (the header is line 1).</param>
/// <param name="Column">The header of the column at fault, or null when the row as a whole is.</param>
/// <param name="Message">What is wrong and how to fix it. Personal values are never quoted.</param>
public sealed record MigrationReject(string File, long Row, string? Column, string Message)
{
    /// <summary>E.g. <c>employees.csv row 7, column 'Hire date': not a date in yyyy-MM-dd.</c></summary>
    public override string ToString() => $"{File} row {Row}{(Column is null ? "" : $", column '{Column}'")}: {Message}";
}
