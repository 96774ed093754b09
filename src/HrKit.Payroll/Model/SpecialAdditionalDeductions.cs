namespace HrKit.Payroll.Model;

/// <summary>
/// Monthly special additional deductions (专项附加扣除) the employee has declared to the withholding agent, in yuan per
/// month. Statutory caps (国发〔2018〕41号, 国发〔2023〕13号) are checked by the China rules: child education and infant
/// care 2 000 per child, continuing education 400, housing loan interest 1 000, housing rent 1 500 / 1 100 / 800 by
/// city tier (never together with loan interest), elderly support up to 3 000.
/// </summary>
public sealed record SpecialAdditionalDeductions
{
    /// <summary>No deductions declared.</summary>
    public static SpecialAdditionalDeductions None { get; } = new();

    /// <summary>子女教育: 2 000 per child per month.</summary>
    public decimal ChildEducation { get; init; }

    /// <summary>3岁以下婴幼儿照护: 2 000 per child per month.</summary>
    public decimal InfantCare { get; init; }

    /// <summary>继续教育 (degree education): 400 per month.</summary>
    public decimal ContinuingEducation { get; init; }

    /// <summary>住房贷款利息: 1 000 per month.</summary>
    public decimal HousingLoanInterest { get; init; }

    /// <summary>住房租金: 1 500, 1 100 or 800 per month depending on the city.</summary>
    public decimal HousingRent { get; init; }

    /// <summary>赡养老人: up to 3 000 per month (an only child 3 000; siblings share, at most 1 500 each).</summary>
    public decimal ElderlySupport { get; init; }

    /// <summary>The month's total.</summary>
    public decimal Total => ChildEducation + InfantCare + ContinuingEducation + HousingLoanInterest + HousingRent + ElderlySupport;
}
