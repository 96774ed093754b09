using System.Globalization;
using HrKit.Localization;
using HrKit.Migration.Localization;

namespace HrKit.Migration.Reading;

/// <summary>A row that was not migrated, and why.</summary>
/// <param name="File">The export file.</param>
/// <param name="Row">The row's line number in the file (the header is line 1).</param>
/// <param name="Column">The header of the column at fault, or null when the row as a whole is.</param>
/// <param name="Message">What is wrong and how to fix it, in English (<see cref="GetMessage"/> gives it in the user's language). Personal values are never quoted.</param>
public sealed record MigrationReject(string File, long Row, string? Column, string Message)
{
    // A built-in reason: Message is the English rendering of text.
    internal MigrationReject(string file, long row, string? column, LocalMessage text)
        : this(file, row, column, text.ToString())
    {
        Text = text;
    }

    /// <summary>The reason as a resource key with its arguments; null for a reason given as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary><see cref="Message"/> in the language of <paramref name="culture"/> (zh-CN or English; the current UI culture when <see langword="null"/>).</summary>
    /// <param name="culture">The language; a culture HrKit has no texts for gets English.</param>
    /// <returns>The reason, naming the same field and value as <see cref="Message"/>.</returns>
    public string GetMessage(CultureInfo? culture = null) => Text?.Render(culture ?? CultureInfo.CurrentUICulture) ?? Message;

    /// <summary>The reject as one line (file, row, column and reason) in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; the current UI culture when <see langword="null"/>.</param>
    /// <returns>E.g. <c>employees.csv 第 7 行，列“入职日期”：hireDate：“2025/13/01”不是 yyyy-MM-dd 格式的日期。</c></returns>
    public string Describe(CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return (Column is null ? MigrationText.Of("Reject", File, Row, GetMessage(c)) : MigrationText.Of("RejectInColumn", File, Row, Column, GetMessage(c))).Render(c);
    }

    /// <summary>E.g. <c>employees.csv row 7, column 'Hire date': not a date in yyyy-MM-dd.</c></summary>
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
