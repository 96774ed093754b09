namespace HrKit.Payroll.Policies;

/// <summary>What a pay policy component does.</summary>
public enum PayComponentKind
{
    /// <summary>Adds to gross pay; taxable unless the component is marked tax-free.</summary>
    Earning = 0,

    /// <summary>Reduces gross pay before tax (unpaid leave, lateness).</summary>
    Deduction = 1,

    /// <summary>Taken from net pay after tax.</summary>
    PostTaxDeduction = 2,

    /// <summary>An extra employer cost that is not paid to the employee (e.g. union fee 2 %).</summary>
    EmployerCost = 3,

    /// <summary>An intermediate figure (daily rate, hourly rate) shown for explanation; moves no money.</summary>
    Info = 4,
}
