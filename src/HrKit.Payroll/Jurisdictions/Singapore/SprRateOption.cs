namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>The rates a 1st/2nd-year SPR and the employer contribute at (CPF Board; the options other than G/G need a joint application).</summary>
public enum SprRateOption
{
    /// <summary>Graduated employer and graduated employee rates (the default).</summary>
    GraduatedGraduated,

    /// <summary>Full employer and graduated employee rates.</summary>
    FullEmployerGraduatedEmployee,

    /// <summary>Full employer and full employee rates (Table 1).</summary>
    FullFull,
}
