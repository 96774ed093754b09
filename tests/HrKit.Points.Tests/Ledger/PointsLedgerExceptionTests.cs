using HrKit.Points.Ledger;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// The public constructors a host uses to raise or fake the ledger's refusal (say, in its own store): the error codes are
/// the ones docs/errors.md lists, so a caller that switches on the code sees the same one the ledger would raise.
/// </summary>
public sealed class PointsLedgerExceptionTests
{
    [Fact]
    public void Constructors_WithAnError_CarryItsDocumentedCodeMessageAndTarget()
    {
        var target = new HrKitErrorTarget(Record: "A");

        var plain = new PointsLedgerException(PointsLedgerError.InsufficientPoints, "A has 5 points.");
        var aimed = new PointsLedgerException(PointsLedgerError.InsufficientPoints, "A has 5 points.", target);

        Assert.Equal((PointsLedgerError.InsufficientPoints, "PointsLedgerInsufficientPoints", "A has 5 points."), (plain.Error, plain.ErrorCode, plain.Message));
        Assert.Null(plain.Target);
        Assert.Equal((PointsLedgerError.InsufficientPoints, "PointsLedgerInsufficientPoints", "A has 5 points."), (aimed.Error, aimed.ErrorCode, aimed.Message));
        Assert.Same(target, aimed.Target);
        Assert.Equal("PointsLedgerInsufficientPoints", PointsLedgerException.CodeOf(PointsLedgerError.InsufficientPoints));

        // InsufficientPoints is the enum's zero: a second error shows the constructors keep the one they are given.
        Assert.Equal((PointsLedgerError.OutOfStock, "PointsLedgerOutOfStock"), (new PointsLedgerException(PointsLedgerError.OutOfStock, "m").Error, new PointsLedgerException(PointsLedgerError.OutOfStock, "m").ErrorCode));
        Assert.Equal(PointsLedgerError.HoldExpired, new PointsLedgerException(PointsLedgerError.HoldExpired, "m", target).Error);
    }

    [Fact]
    public void Constructors_WithoutAnError_AreRefusedWithTheirMessageAndCause()
    {
        var cause = new TimeoutException("the welfare provider did not answer");

        var generic = new PointsLedgerException();
        var worded = new PointsLedgerException("Redemption 'r1' was refused.");
        var caused = new PointsLedgerException("Redemption 'r1' was refused.", cause);

        Assert.Equal(("The points ledger refused the operation.", "PointsLedgerRefused"), (generic.Message, generic.ErrorCode));
        Assert.Equal(("Redemption 'r1' was refused.", "PointsLedgerRefused"), (worded.Message, worded.ErrorCode));
        Assert.Equal(("Redemption 'r1' was refused.", "PointsLedgerRefused"), (caused.Message, caused.ErrorCode));
        Assert.Same(cause, caused.InnerException);
        Assert.All(new[] { generic, worded }, e => Assert.Null(e.InnerException));
        Assert.All(new[] { generic, worded, caused }, e => Assert.Null(e.Target));
    }
}
