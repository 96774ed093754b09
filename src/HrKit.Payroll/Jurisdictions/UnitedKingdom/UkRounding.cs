namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>HMRC's rounding rules, stated once.</summary>
public static class UkRounding
{
    /// <summary>Taxable pay is taken in whole pounds, rounded down (Specification for PAYE Tax Table Routines).</summary>
    public static decimal DownToPound(decimal amount) => decimal.Floor(amount);

    /// <summary>Tax due is rounded down to the penny (Specification for PAYE Tax Table Routines).</summary>
    public static decimal DownToPenny(decimal amount) => decimal.Floor(amount * 100m) / 100m;

    /// <summary>Free pay and additional pay per period are rounded up to the penny (Tables A; the specification's pay adjustment).</summary>
    public static decimal UpToPenny(decimal amount) => decimal.Ceiling(amount * 100m) / 100m;

    /// <summary>
    /// National Insurance, exact percentage method: a result with a fraction of a penny is rounded to the penny,
    /// a fraction of 0.5p or less down, more up, judged on the tenths of a penny (the third decimal place), as HMRC's
    /// NIC test data v1.1 shows (weekly category A at £242.07: 0.07 × 8 % = 0.0056 gives £0.00; at £242.32:
    /// 0.0256 gives £0.02; at £242.31 the employer's 146.31 × 15 % = 21.9465 gives £21.95).
    /// </summary>
    public static decimal NationalInsurance(decimal amount)
    {
        var tenthsOfPenny = decimal.Floor(amount * 1000m);
        var pennies = decimal.Floor(tenthsOfPenny / 10m);
        var tenth = tenthsOfPenny - (pennies * 10m);
        return (tenth > 5m ? pennies + 1m : pennies) / 100m;
    }
}
