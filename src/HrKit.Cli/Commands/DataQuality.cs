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
            ? CliStrings.Get("Quality.NoneAllowed")
            : CliStrings.Format("Quality.AboveRate", maxErrorRate);
        await stderr.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", CliStrings.Format("Quality.Refused", what, allowed))).ConfigureAwait(false);
        return CliApp.InvalidInput;
    }
}
