namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>The CPF Board's contribution rate tables (private sector and non-pensionable employees).</summary>
public enum CpfRateTable
{
    /// <summary>Table 1: Singapore Citizens, SPRs from the 3rd year, and 1st/2nd-year SPRs at full rates by joint application (F/F).</summary>
    Full,

    /// <summary>Table 2: 1st-year SPR, graduated employer and graduated employee rates (G/G, the default).</summary>
    SprFirstYearGraduated,

    /// <summary>Table 3: 2nd-year SPR, graduated employer and graduated employee rates (G/G, the default).</summary>
    SprSecondYearGraduated,

    /// <summary>Table 4: 1st-year SPR, full employer and graduated employee rates (F/G, by joint application).</summary>
    SprFirstYearFullEmployer,

    /// <summary>Table 5: 2nd-year SPR, full employer and graduated employee rates (F/G, by joint application).</summary>
    SprSecondYearFullEmployer,
}
