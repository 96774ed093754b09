namespace HrKit.Payroll.Model;

/// <summary>A stored payslip line's name and explanation in one language (see <see cref="PayslipLine.StoredChinese"/>).</summary>
/// <param name="Name">The line's name.</param>
/// <param name="Explanation">The line's explanation.</param>
internal sealed record StoredLineText(string Name, string Explanation);
