using System.Globalization;

namespace HrKit.Cli.Commands;

/// <summary>
/// Whether a run's rejected records decide its exit code: by default any rejection fails the command (exit 1);
/// <c>--max-error-rate RATE</c> lets up to that share of the records read be rejected.
/// </summary>
internal static class DataQuality
{
    /// <summary>Exact comparison (rejected / read ≤ rate), not the rounded error rate a report prints.</summary>
    public static bool Allows(long rejected, long read, decimal maxErrorRate) =>
        rejected == 0 || (read > 0 && rejected <= maxErrorRate * read);

    public static async Task<int> RefuseAsync(TextWriter stderr, string what, decimal maxErrorRate)
    {
        var allowed = maxErrorRate == 0
            ? "no rejected record is allowed; fix the records or pass --max-error-rate RATE (e.g. 0.05 for 5 %)"
            : string.Create(CultureInfo.InvariantCulture, $"above --max-error-rate {maxErrorRate} ({maxErrorRate:P2})");
        await stderr.WriteLineAsync($"error: {what}: {allowed}.").ConfigureAwait(false);
        return CliApp.InvalidInput;
    }
}
