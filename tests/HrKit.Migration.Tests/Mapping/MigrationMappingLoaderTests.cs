using HrKit.Migration.Mapping;

namespace HrKit.Migration.Tests.Mapping;

public sealed class MigrationMappingLoaderTests
{
    [Fact]
    public async Task LoadFileAsync_ShippedSample_MapsEveryKind()
    {
        var mapping = await MigrationMappingLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "mapping.json"));

        Assert.Equal("acme", mapping.CompanyId);
        Assert.Equal(Enum.GetValues<MigrationSourceKind>(), mapping.Sources.Select(s => s.Kind));
        Assert.Equal("身份证号", mapping.Find(MigrationSourceKind.Roster)!.Columns["nationalId"]);
    }

    [Theory]
    [InlineData("""{"companyId":"a","sources":[{"kind":"roster","file":"e.csv","columns":{"employeeId":"id","name":"n","salary":"s"}}]}""", "$.sources[0].columns.salary")]
    [InlineData("""{"companyId":"a","sources":[{"kind":"roster","file":"e.csv","columns":{"employeeId":"id"}}]}""", "$.sources[0].columns")]
    [InlineData("""{"companyId":"a","sources":[{"kind":"people","file":"e.csv","columns":{}}]}""", "$.sources[0].kind")]
    [InlineData("""{"sources":[]}""", "$.companyId")]
    public void Parse_BadMapping_NamesTheFileAndJsonPath(string json, string path)
    {
        var ex = Assert.Throws<MigrationException>(() => MigrationMappingLoader.Parse(json, "map.json", "/tmp"));

        Assert.Equal(MigrationException.MappingInvalidCode, ex.ErrorCode);
        Assert.Equal(new HrKitErrorTarget(File: "map.json", Field: path), ex.Target);
    }
}
