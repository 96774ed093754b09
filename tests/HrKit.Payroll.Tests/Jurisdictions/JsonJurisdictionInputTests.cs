using System.Text;
using System.Text.Json;
using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A pack's input read before its pack is known is written back exactly as it was read.</summary>
public sealed class JsonJurisdictionInputTests
{
    [Fact]
    public void WriteTo_TheObjectAsRead()
    {
        using var document = JsonDocument.Parse("""{"mpfScheme":"master","relevantIncome":20000.50,"flags":[true,null]}""");
        var input = new JsonJurisdictionInput(document.RootElement.Clone());
        using var stream = new MemoryStream();

        using (var writer = new Utf8JsonWriter(stream))
        {
            input.WriteTo(writer);
        }

        Assert.Equal("""{"mpfScheme":"master","relevantIncome":20000.50,"flags":[true,null]}""", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void WriteTo_NoWriter_ThrowsArgumentNull()
    {
        using var document = JsonDocument.Parse("{}");

        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new JsonJurisdictionInput(document.RootElement.Clone()).WriteTo(null!)).ParamName);
    }
}
