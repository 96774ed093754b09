using System.Globalization;

namespace HrKit;

/// <summary>
/// Where an <see cref="HrKitException"/> points: any of a file and line, a record (an employee, an event, a posting),
/// a field (a JSON path within the record) and a rule (a pay component or a points rule). Unknown parts are
/// <see langword="null"/>.
/// </summary>
/// <param name="File">The file read, when the failure came from one.</param>
/// <param name="Line">The line of <paramref name="File"/> (or of the stream read), counted from 1.</param>
/// <param name="Record">The record at fault, e.g. an employee id, an event id or an idempotency key.</param>
/// <param name="Field">The field at fault, as a JSON path relative to the record, e.g. <c>overtime.workday</c>.</param>
/// <param name="Rule">The rule at fault: a pay component code or a points rule name.</param>
public sealed record HrKitErrorTarget(string? File = null, long? Line = null, string? Record = null, string? Field = null, string? Rule = null)
{
    /// <summary>The parts that are known, e.g. <c>line 12, record 'E001', field 'overtime.workday'</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(5);
        if (File is not null)
        {
            parts.Add($"file '{File}'");
        }

        if (Line is { } line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (Record is not null)
        {
            parts.Add($"record '{Record}'");
        }

        if (Field is not null)
        {
            parts.Add($"field '{Field}'");
        }

        if (Rule is not null)
        {
            parts.Add($"rule '{Rule}'");
        }

        return string.Join(", ", parts);
    }
}
