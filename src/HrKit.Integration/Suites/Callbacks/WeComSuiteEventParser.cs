using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using HrKit.Integration.Suites.Directory;
using NodaTime;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// Reads WeCom's third-party callbacks: instruction callbacks keyed by <c>InfoType</c> (suite_ticket, create_auth,
/// reset_permanent_code, change_auth, cancel_auth, change_contact) and the data callback event sys_approval_change.
/// </summary>
internal static class WeComSuiteEventParser
{
    public static SuiteEvent Parse(string xml, Instant receivedAt)
    {
        XElement? root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return SuiteEvent.Ignored(receivedAt);
        }

        string? Text(string name) => root?.Element(name)?.Value is { Length: > 0 } value ? value.Trim() : null;
        var at = long.TryParse(Text("TimeStamp") ?? Text("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 253402300799
            ? Instant.FromUnixTimeSeconds(seconds)
            : receivedAt;
        var suiteId = Text("SuiteId");
        var corp = Text("AuthCorpId") is { } corpId ? new CompanyRef(SuiteVendor.WeCom, corpId) : null;
        switch (Text("InfoType"))
        {
            case "suite_ticket" when Text("SuiteTicket") is { } ticket:
                return new SuiteEvent(SuiteEventKind.Ticket, suiteId, null, ticket, null, at);
            case "create_auth" or "reset_permanent_code" when Text("AuthCode") is { } code:
                return new SuiteEvent(SuiteEventKind.Authorised, suiteId, corp, code, null, at);
            case "change_auth" when corp is not null:
                return new SuiteEvent(SuiteEventKind.AuthorisationChanged, suiteId, corp, null, null, at);
            case "cancel_auth" when corp is not null:
                return new SuiteEvent(SuiteEventKind.Cancelled, suiteId, corp, null, null, at);
            case "change_contact" when corp is not null && Contact(Text("ChangeType"), Text("UserID"), Text("Id")) is { } change:
                return new SuiteEvent(SuiteEventKind.DirectoryChanged, suiteId, corp, null, new DirectoryChange(corp, change.Kind, [change.Id], at), at);
        }

        if (Text("Event") == "sys_approval_change" && Text("ToUserName") is { } toCorp && root?.Element("ApprovalInfo")?.Element("SpNo")?.Value is { Length: > 0 } spNo)
        {
            return new SuiteEvent(SuiteEventKind.ApprovalChanged, suiteId, new CompanyRef(SuiteVendor.WeCom, toCorp), spNo.Trim(), null, at);
        }

        return SuiteEvent.Ignored(at);
    }

    private static (DirectoryChangeKind Kind, string Id)? Contact(string? changeType, string? userId, string? departmentId) => changeType switch
    {
        "create_user" or "update_user" when userId is not null => (DirectoryChangeKind.UsersChanged, userId),
        "delete_user" when userId is not null => (DirectoryChangeKind.UsersLeft, userId),
        "create_party" or "update_party" or "delete_party" => (DirectoryChangeKind.DepartmentsChanged, departmentId ?? ""),
        _ => null,
    };
}
