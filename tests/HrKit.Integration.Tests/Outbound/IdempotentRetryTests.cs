using System.Net;
using HrKit.Integration.Outbound;
using HrKit.Integration.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace HrKit.Integration.Tests.Outbound;

/// <summary>The outbound pipeline itself: a POST is repeated only when it carries an idempotency key.</summary>
public sealed class IdempotentRetryTests : IAsyncLifetime
{
    private FakeWelfareServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWelfareServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 3)]
    public async Task Post503_IsRepeatedOnlyWithAnIdempotencyKey(bool withKey, int expectedRequests)
    {
        for (var i = 0; i < 5; i++)
        {
            _fake.FailNext(503);
        }

        await using var sp = WelfareTestHost.Build(_fake, o => o.Welfare.MaxAttempts = 3);
        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(WelfareProviderClient.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, WelfareProviderClient.Endpoint) { Content = new StringContent("{}") };
        if (withKey)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeys.HeaderName, IdempotencyKeys.ToHeaderValue("k-1"));
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(expectedRequests, _fake.RequestCount);
    }

    [Fact]
    public async Task PostWithoutKey_ConnectionReset_IsNotRepeated()
    {
        _fake.ResetNext();
        await using var sp = WelfareTestHost.Build(_fake);
        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(WelfareProviderClient.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, WelfareProviderClient.Endpoint) { Content = new StringContent("{}") };

        await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(request));

        Assert.Equal(1, _fake.RequestCount);
    }
}
