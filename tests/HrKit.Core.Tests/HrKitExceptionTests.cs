using System.Globalization;
using Xunit;

namespace HrKit.Core.Tests;

public sealed class HrKitExceptionTests
{
    [Fact]
    public void GetMessage_NoResourceText_ReturnsTheEnglishMessage()
    {
        var exception = new HrKitException("The host's own text.", "HostError");

        Assert.Equal("The host's own text.", exception.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void GetMessage_ResourceText_RendersInTheRequestedCulture()
    {
        var exception = new BilingualException();

        Assert.Equal("文件不存在。", exception.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("The file does not exist.", exception.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GetMessage_NoCulture_UsesTheCurrentUiCulture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("文件不存在。", new BilingualException().GetMessage());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private sealed class BilingualException() : HrKitException("The file does not exist.", "FileMissing")
    {
        protected override string? LocalizeMessage(CultureInfo culture) =>
            culture.Name.StartsWith("zh", StringComparison.Ordinal) ? "文件不存在。" : null;
    }
}
