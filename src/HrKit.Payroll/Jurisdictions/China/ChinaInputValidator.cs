using HrKit.Payroll.Model;
using static HrKit.Payroll.Engine.InputValidator;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// The China mainland fields of an employee-month: city, contribution bases, the annual bonus method, special
/// additional deductions (国发〔2018〕41号, 国发〔2023〕13号) and the cumulative withholding state. Runs after the engine's
/// checks of the jurisdiction-neutral fields.
/// </summary>
internal static class ChinaInputValidator
{
    public static void Validate(EmployeeMonthInput input)
    {
        var id = input.EmployeeId;
        if (input.YearToDate?.ThroughMonth is { } through && through.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, "yearToDate.throughMonth", "Error.Input.IsoCalendar");
        }

        if (string.IsNullOrWhiteSpace(input.City))
        {
            Throw(id, "city", "Error.Input.CN.CityRequired");
        }

        Amount(input.OtherTaxDeductions, "otherTaxDeductions", id);

        if (input.AnnualBonus > 0 && input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate && !AnnualBonusTax.IsAvailable(input.Period))
        {
            Throw(id, "annualBonusTaxMethod", "Error.Input.CN.SeparateBonusEnded", Format(AnnualBonusTax.AvailableThrough));
        }

        if (input.SocialInsuranceBase is { } siBase)
        {
            Amount(siBase, "socialInsuranceBase", id);
        }

        if (input.HousingFundBase is { } hfBase)
        {
            Amount(hfBase, "housingFundBase", id);
        }

        ValidateDeductions(input.SpecialAdditionalDeductions, id);
        ValidateYearToDate(input, id);
    }

    private static void ValidateDeductions(SpecialAdditionalDeductions d, string id)
    {
        const string P = "specialAdditionalDeductions.";
        Amount(d.ChildEducation, P + "childEducation", id);
        Amount(d.InfantCare, P + "infantCare", id);
        Amount(d.ContinuingEducation, P + "continuingEducation", id);
        Amount(d.HousingLoanInterest, P + "housingLoanInterest", id);
        Amount(d.HousingRent, P + "housingRent", id);
        Amount(d.ElderlySupport, P + "elderlySupport", id);
        // FastDecimal: the operators' answers without a decimal remainder or comparison call (every payslip passes here).
        if (!FastDecimal.IsMultipleOf(d.ChildEducation, 1_000))
        {
            Throw(id, P + "childEducation", "Error.Input.CN.PerChild");
        }

        if (!FastDecimal.IsMultipleOf(d.InfantCare, 1_000))
        {
            Throw(id, P + "infantCare", "Error.Input.CN.PerChild");
        }

        if (FastDecimal.Compare(d.ContinuingEducation, 400m) > 0)
        {
            Throw(id, P + "continuingEducation", "Error.Input.CN.ContinuingEducation");
        }

        if (FastDecimal.Compare(d.HousingLoanInterest, 1_000m) > 0)
        {
            Throw(id, P + "housingLoanInterest", "Error.Input.CN.HousingLoanInterest");
        }

        if (!IsHousingRentStep(d.HousingRent))
        {
            Throw(id, P + "housingRent", "Error.Input.CN.HousingRent");
        }

        if (FastDecimal.IsPositive(d.HousingRent) && FastDecimal.IsPositive(d.HousingLoanInterest))
        {
            Throw(id, P + "housingRent", "Error.Input.CN.RentAndLoan");
        }

        if (FastDecimal.Compare(d.ElderlySupport, 3_000m) > 0)
        {
            Throw(id, P + "elderlySupport", "Error.Input.CN.ElderlySupport");
        }
    }

    // 0, 800, 1 100 or 1 500 a month (国发〔2018〕41号): the decimal pattern `is 0m or 800m or …` at one comparison call each.
    private static bool IsHousingRentStep(decimal rent) =>
        FastDecimal.Compare(rent, 0m) == 0 || FastDecimal.Compare(rent, 800m) == 0 || FastDecimal.Compare(rent, 1_100m) == 0 || FastDecimal.Compare(rent, 1_500m) == 0;

    private static void ValidateYearToDate(EmployeeMonthInput input, string id)
    {
        var ytd = input.YearToDate;
        var joinedThisMonth = input.HireDate is { } hire && hire.Year == input.Period.Year && hire.Month == input.Period.Month;
        if (ytd is null || ytd.ThroughMonth is null)
        {
            if (input.Period.Month != 1 && !joinedThisMonth && ytd is null)
            {
                Throw(id, "yearToDate", "Error.Input.CN.YearToDateRequired", Format(input.Period));
            }

            return;
        }

        const string P = "yearToDate.";
        YearToDateAmount(ytd.Income, P + "income", id);
        YearToDateAmount(ytd.TaxFreeIncome, P + "taxFreeIncome", id);
        YearToDateAmount(ytd.BasicDeduction, P + "basicDeduction", id);
        YearToDateAmount(ytd.SpecialDeductions, P + "specialDeductions", id);
        YearToDateAmount(ytd.SpecialAdditionalDeductions, P + "specialAdditionalDeductions", id);
        YearToDateAmount(ytd.OtherDeductions, P + "otherDeductions", id);
        YearToDateAmount(ytd.TaxWithheld, P + "taxWithheld", id);
        YearToDateAmount(ytd.TaxableIncome, P + "taxableIncome", id);
        var through = ytd.ThroughMonth.Value;
        if (through.Year == input.Period.Year && through.CompareTo(input.Period) >= 0)
        {
            Throw(id, "yearToDate.throughMonth", "Error.Input.NotBeforePayMonth", Format(through), Format(input.Period));
        }

        if (through.Year > input.Period.Year)
        {
            Throw(id, "yearToDate.throughMonth", "Error.Input.CN.AfterPayMonth", Format(through), Format(input.Period));
        }

        if (through.Year < input.Period.Year && input.Period.Month != 1 && !joinedThisMonth)
        {
            Throw(id, "yearToDate.throughMonth", "Error.Input.CN.EarlierTaxYear", Format(through), Format(input.Period));
        }
    }
}
