using HrKit.Integration;

namespace HrKit.Integration.Vendors;

/// <summary>Translates between vendor user ids and host employee ids (identity when no map is configured).</summary>
internal sealed class VendorUserMap
{
    private readonly Dictionary<string, string> _toEmployee;
    private readonly Dictionary<string, string> _toVendor;

    public VendorUserMap(VendorOptions options)
    {
        _toEmployee = new Dictionary<string, string>(options.UserIdMap, StringComparer.Ordinal);
        _toVendor = _toEmployee.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
    }

    public string ToVendor(string employeeId) => _toVendor.GetValueOrDefault(employeeId, employeeId);

    public string? ToEmployee(string vendorUserId) =>
        _toEmployee.Count == 0 ? vendorUserId : _toEmployee.GetValueOrDefault(vendorUserId);
}
