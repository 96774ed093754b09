namespace HrKit.Payroll.Model;

/// <summary>Which rule produced a payslip line, and so which figures its <see cref="LineExplanation"/> carries.</summary>
public enum LineExplanationKind
{
    /// <summary>A fixed text: an amount the host reported directly (e.g. <c>otherEarnings</c>), or a line built from text.</summary>
    Text = 0,

    /// <summary>A pay policy formula: the names it read with their values, the result and any cap.</summary>
    Formula = 1,

    /// <summary>A social insurance or housing fund item: requested and clamped base, rate, fixed part, amount.</summary>
    Contribution = 2,

    /// <summary>Cumulative withholding of individual income tax (国家税务总局公告2018年第61号).</summary>
    CumulativeWithholding = 3,

    /// <summary>Separate taxation of an annual one-time bonus (财税〔2018〕164号).</summary>
    AnnualBonusTax = 4,

    /// <summary>A jurisdiction pack's statutory item (<see cref="Jurisdictions.StatutoryExplanation"/>): rule, formula, figures and legal source.</summary>
    Statutory = 5,
}
