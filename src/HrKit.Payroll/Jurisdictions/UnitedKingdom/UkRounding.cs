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
    /// National Insurance, exact percentage method: rounded to the nearest penny, "any amount of a halfpenny or less
    /// disregarded" (Social Security (Contributions) Regulations 2001, SI 2001/1004, reg. 12(1); HMRC manual NIM11002),
    /// judged on the third decimal place only: 5 or less rounds down, 6 or more up (HMRC's NICs guidance for software
    /// developers). HMRC's NIC test data v1.1 shows it: weekly category A at £242.07, 0.07 × 8 % = 0.0056 gives £0.00;
    /// at £242.32, 0.0256 gives £0.02; at £242.31 the employer's 146.31 × 15 % = 21.9465 gives £21.95.
    /// </summary>
    public static decimal NationalInsurance(decimal amount)
    {
        var tenthsOfPenny = decimal.Floor(amount * 1000m);
        var pennies = decimal.Floor(tenthsOfPenny / 10m);
        var tenth = tenthsOfPenny - (pennies * 10m);
        return (tenth > 5m ? pennies + 1m : pennies) / 100m;
    }
}
