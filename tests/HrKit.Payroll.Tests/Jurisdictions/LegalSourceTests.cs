using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>The one-line citation shown in explanations: title, then reference and URL when present.</summary>
public sealed class LegalSourceTests
{
    [Theory]
    [InlineData("Cap. 485", "", "", "Cap. 485")]
    [InlineData("Cap. 485", " ", "  ", "Cap. 485")]
    [InlineData("Cap. 485", "Schedule 2", "", "Cap. 485, Schedule 2")]
    [InlineData("Cap. 485", "", "https://www.elegislation.gov.hk/hk/cap485", "Cap. 485 (https://www.elegislation.gov.hk/hk/cap485)")]
    [InlineData("Cap. 485", "Schedule 2", "https://www.elegislation.gov.hk/hk/cap485", "Cap. 485, Schedule 2 (https://www.elegislation.gov.hk/hk/cap485)")]
    public void ToString_TitleThenWhatIsPresent(string title, string reference, string url, string expected) =>
        Assert.Equal(expected, new LegalSource(title, reference, url).ToString());
}
