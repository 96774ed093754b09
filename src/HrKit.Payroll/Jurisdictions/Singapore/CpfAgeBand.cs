namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>The CPF age groups of the contribution rate tables.</summary>
public enum CpfAgeBand
{
    /// <summary>55 and below (including the month of the 55th birthday).</summary>
    UpTo55,

    /// <summary>Above 55 to 60.</summary>
    Above55To60,

    /// <summary>Above 60 to 65.</summary>
    Above60To65,

    /// <summary>Above 65 to 70.</summary>
    Above65To70,

    /// <summary>Above 70.</summary>
    Above70,
}
