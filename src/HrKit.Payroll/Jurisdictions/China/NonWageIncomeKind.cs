namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// The three comprehensive-income items besides wages (个人所得税法 art. 2(2)–(4)), each withheld per payment
/// (<see cref="NonWageIncomeWithholding"/>) and added to the year's comprehensive income at settlement
/// (<see cref="AnnualComprehensiveIncomeReconciliation"/>).
/// </summary>
public enum NonWageIncomeKind
{
    /// <summary>劳务报酬所得: remuneration for personal services (design, consulting, lecturing, …) outside employment.</summary>
    LabourRemuneration = 0,

    /// <summary>稿酬所得: author's remuneration for published works; its income amount is reduced to 70 %.</summary>
    AuthorRemuneration = 1,

    /// <summary>特许权使用费所得: royalties for patents, trademarks, copyrights and other licensed rights.</summary>
    Royalties = 2,
}
