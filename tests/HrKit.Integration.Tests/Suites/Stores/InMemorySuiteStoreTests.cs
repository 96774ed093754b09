using HrKit.Integration.Suites.Stores;

namespace HrKit.Integration.Tests.Suites.Stores;

public sealed class InMemorySuiteStoreTests : SuiteStoreContract
{
    protected override ISuiteStore Open() => new InMemorySuiteStore();
}
