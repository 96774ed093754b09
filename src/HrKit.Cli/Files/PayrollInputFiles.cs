using System.Runtime.CompilerServices;
using HrKit.Cli.Errors;
using HrKit.Payroll;
using HrKit.Payroll.Excel;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Files;

/// <summary>The payroll input formats by file extension: .xlsx (the template's 员工 sheet), .jsonl / .ndjson, else JSON.</summary>
internal static class PayrollInputFiles
{
    public static bool IsXlsx(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The records of the file, streamed; a workbook-level problem surfaces while enumerating as <see cref="PayrollDataException"/>.</summary>
    public static IEnumerable<PayrollInputRecord> Read(Stream stream, string path) =>
        IsXlsx(path) ? PayrollExcel.ReadInputs(stream, Path.GetFileName(path)) : PayrollJson.ReadInputs(stream, InputFile.IsJsonLines(path));

    /// <summary>As <see cref="Read"/>, asynchronously; a workbook-level problem becomes a <see cref="CliDataException"/> naming <c>--input</c>.</summary>
    public static IAsyncEnumerable<PayrollInputRecord> ReadAsync(Stream stream, string path, CancellationToken cancellationToken) =>
        IsXlsx(path) ? Guarded(PayrollExcel.ReadInputs(stream, Path.GetFileName(path)), path, cancellationToken)
            : PayrollJson.ReadInputsAsync(stream, InputFile.IsJsonLines(path), cancellationToken);

    private static async IAsyncEnumerable<PayrollInputRecord> Guarded(IEnumerable<PayrollInputRecord> records, string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var e = records.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
            }
            catch (PayrollDataException ex)
            {
                throw new CliDataException($"--input {path}: {ex.GetMessage()}", ex);
            }

            yield return e.Current;
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
