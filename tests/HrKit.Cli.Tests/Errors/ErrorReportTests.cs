using System.Text.Json;
using HrKit.Cli.Errors;
using HrKit.Integration.Outbound;
using HrKit.Integration.Vendors;
using HrKit.Payroll;
using HrKit.Payroll.Policies;
using HrKit.Points;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;

namespace HrKit.Cli.Tests.Errors;

public sealed class ErrorReportTests
{
    public static TheoryData<Exception, int> Documented => new()
    {
        { new CliUsageException("bad"), CliApp.Usage },
        { new CliDataException("bad"), CliApp.InvalidInput },
        { new PayrollDataException("bad"), CliApp.InvalidInput },
        { new PayrollInputException("E1", "baseSalary", "is negative"), CliApp.InvalidInput },
        { new JsonException("bad", "$.x", 2, 3), CliApp.InvalidInput },
        { new FileNotFoundException("gone", "/x/y.json"), CliApp.InvalidInput },
        { new DirectoryNotFoundException("Could not find a part of the path '/x/y.json'."), CliApp.InvalidInput },
        { new UnauthorizedAccessException("Access to the path '/x' is denied."), CliApp.InvalidInput },
        { new IOException("disk full"), CliApp.InvalidInput },
        { new OperationCanceledException(), CliApp.Cancelled },
        { new PointsLedgerException(PointsLedgerError.BalanceLimitExceeded, "account E1/general would hold more than 10^15 points."), CliApp.InvalidInput },
        { new PointsLedgerException(PointsLedgerError.InsufficientPoints, "E1 has 3 points; the item costs 5."), CliApp.InvalidInput },
        { new PointsInputException("line 3: 'employeeId' is missing", new HrKitErrorTarget(Line: 3, Field: "employeeId")), CliApp.InvalidInput },
        { new PointsPolicyException("the policy file is empty", null), CliApp.InvalidInput },
        { new PayPolicyException("no components"), CliApp.InvalidInput },
        { new VendorApiException("wecom", "cgi-bin/checkin/getcheckindata", 45009, "api freq out of limit", isRateLimited: true), CliApp.InvalidInput },
        { new OutboundDeliveryException("welfare", "POST v1/redemptions", "R-1", 400, "item_unknown", "no such item", isTransient: false), CliApp.InvalidInput },
        { new HrKitException("a refusal of a future package", "FutureRefusal"), CliApp.InvalidInput },
        { new ArgumentException("bad argument in hrkit itself"), CliApp.InternalError },
        { new InvalidOperationException("boom"), CliApp.InternalError },
    };

    [Theory]
    [MemberData(nameof(Documented))]
    public async Task WriteAsync_Exception_OneErrorLineAndItsExitCode(Exception exception, int expected)
    {
        using var stderr = new StringWriter();

        var exit = await ErrorReport.WriteAsync(stderr, exception, verbose: false);

        Assert.Equal(expected, exit);
        var lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: ", Assert.Single(lines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_JsonException_NamesTheLineOneBased()
    {
        using var stderr = new StringWriter();

        await ErrorReport.WriteAsync(stderr, new JsonException("'x' is invalid.", "$.a", 2, 7), verbose: false);

        Assert.StartsWith("error: malformed JSON at line 3: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_UnexpectedWithVerbose_AddsTheStackTrace()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException ex)
        {
            thrown = ex;
        }

        using var quiet = new StringWriter();
        using var verbose = new StringWriter();
        await ErrorReport.WriteAsync(quiet, thrown, verbose: false);
        await ErrorReport.WriteAsync(verbose, thrown, verbose: true);

        Assert.Equal("error: internal error (InvalidOperationException): boom Rerun with --verbose for the details and report it." + Environment.NewLine, quiet.ToString());
        Assert.Contains(" at HrKit.Cli.Tests.Errors.ErrorReportTests", verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_PointsInputExceptionFromPointsLedger_OneErrorLineExitOne()
    {
        await using var store = PointsLedgerStores.InMemory(NodaTime.SystemClock.Instance);
        var thrown = await Assert.ThrowsAsync<PointsInputException>(() => store.GetBalancesAsync(new string('E', 300)));
        using var stderr = new StringWriter();

        var exit = await ErrorReport.WriteAsync(stderr, thrown, verbose: true);

        Assert.Equal(CliApp.InvalidInput, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(PointsBounds.MaxIdLength.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
    }
}
