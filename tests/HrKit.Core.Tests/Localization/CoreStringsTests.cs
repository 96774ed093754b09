using System.Globalization;
using HrKit.Audit;
using HrKit.Security;
using HrKit.Tests.Shared;

namespace HrKit.Core.Tests.Localization;

/// <summary>
/// Issue 15: HrKit.Core's encryption and audit-log refusals come from CoreStrings.resx, in English and zh-CN, and
/// <see cref="HrKitException.GetMessage"/> shows them in Chinese.
/// </summary>
public sealed class CoreStringsTests
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    // Developer-facing texts, deliberately English: the generic messages of the parameterless constructors .NET
    // requires of an exception type (HrKit never throws them itself).
    private static readonly HashSet<string> Allowed =
    [
        "src/HrKit.Core/HrKitException.cs: An HrKit operation was refused.",
        "src/HrKit.Core/Security/EncryptionException.cs: The encrypted data could not be read.",
        "src/HrKit.Core/Audit/AuditLogException.cs: The audit log refused the operation.",
    ];

    [Fact]
    public void Resources_EveryKey_InEnglishAndChinese()
    {
        Assert.Equal([], ResourceConventions.ParityProblems(
            "src/HrKit.Core/Resources/Localization/CoreStrings.resx", "src/HrKit.Core/Resources/Localization/CoreStrings.zh-CN.resx"));
    }

    [Fact]
    public void Sources_MessagesOfExceptions_ComeFromTheResources()
    {
        Assert.Equal([], ResourceConventions.LiteralBypasses(["src/HrKit.Core"], ["HrKitException", "EncryptionException", "AuditLogException", "Invalid"], Allowed));
    }

    [Fact]
    public void GetMessage_KeyOfWrongSize_ChineseNamingKeyAndSizes()
    {
        var ex = Assert.Throws<EncryptionException>(() => new EncryptionKey("k1", new byte[16]));

        Assert.Equal("密钥“k1”有 16 字节；AES-256 需要正好 32 字节。可以这样生成：openssl rand -base64 32", ex.GetMessage(ZhCn));
        Assert.Equal("Key 'k1' is 16 bytes; AES-256 needs exactly 32. Create one with: openssl rand -base64 32", ex.Message);
    }

    [Fact]
    public async Task GetMessage_NotAnEncryptedFile_ChineseWithTheReason()
    {
        using var output = new MemoryStream();
        var ex = await Assert.ThrowsAsync<EncryptionException>(() => EncryptedFile.DecryptAsync(
            new MemoryStream("just some text, long enough to hold a header"u8.ToArray()), output, new StaticEncryptionKeyProvider(new EncryptionKey("k1", new byte[32]))));

        Assert.Equal("无法读取加密数据：这不是 HrKit 加密文件（文件头不以 HRKITENC 开头）。其中任何内容都未被使用。", ex.GetMessage(ZhCn));
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GetMessage_AuditRecordFieldEmpty_ChineseNamingTheField()
    {
        var ex = Assert.Throws<AuditLogException>(() => new AuditRecord("", "bob", "", "", "").Validate());

        Assert.Equal("审计记录字段“Kind”不能为空，且最多 64 个字符。", ex.GetMessage(ZhCn));
        Assert.Equal("Audit record field 'Kind' must be non-empty and at most 64 characters.", ex.Message);
    }
}
