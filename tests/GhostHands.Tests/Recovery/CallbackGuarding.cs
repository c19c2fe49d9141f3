using System.Collections.Concurrent;
using System.Net;
using GhostHands.Jobs.Outbound;
using GhostHands.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GhostHands.Tests.Recovery;

/// <summary>
/// The handler behind callbacks and resume downloads, over real sockets: with the production allow list (empty) it
/// reaches no loopback, private, link-local or metadata address, whether named by a literal, by a name resolving there
/// or by a redirect; the allow list opens exactly what it names.
/// </summary>
public sealed class WhenAJobSuppliedUrlPointsInside : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> hits = new();
    private WebApplication receiver = null!;
    private int port;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        receiver.MapPost("/hook", () =>
        {
            hits.Enqueue("hook");
            return Results.Ok();
        });
        receiver.MapPost("/redirect", (string to) => Results.Redirect(to, preserveMethod: true));
        await receiver.StartAsync();
        port = new Uri(receiver.Urls.First()).Port;
    }

    public async ValueTask DisposeAsync() => await receiver.DisposeAsync();

    public static TheoryData<string> InsideAddresses => ["127.0.0.1", "[::1]", "10.0.0.7", "172.16.4.4", "192.168.0.9", "169.254.169.254", "[fe80::1]", "0.0.0.0"];

    [Theory]
    [MemberData(nameof(InsideAddresses))]
    public async Task A_literal_inside_address_is_refused_before_connecting(string host)
    {
        var refusal = await PostAsync(Guard(""), $"http://{host}:{port}/hook");

        Assert.NotNull(refusal);
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.0.0.7", "private")]
    [InlineData("169.254.169.254", "link-local")]
    public async Task A_name_resolving_inside_is_refused(string address, string kind)
    {
        var guard = Guard("", ("hooks.example.com", address));

        var refusal = await PostAsync(guard, $"http://hooks.example.com:{port}/hook");

        Assert.Contains(kind, refusal, StringComparison.Ordinal);
        Assert.Empty(hits);
    }

    [Fact]
    public async Task Localhost_resolved_by_the_system_is_refused()
    {
        Assert.Contains("loopback", await PostAsync(Guard(""), $"http://localhost:{port}/hook"), StringComparison.Ordinal);
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("metadata.example.com")]
    public async Task A_redirect_inside_is_refused(string target)
    {
        // The first hop is allowed by name; where it redirects to is judged again, at its own connection.
        var guard = Guard("relay.example.com", ("relay.example.com", "127.0.0.1"), ("metadata.example.com", "169.254.169.254"));
        var to = Uri.EscapeDataString($"http://{target}:{port}/hook");

        var refusal = await PostAsync(guard, $"http://relay.example.com:{port}/redirect?to={to}");

        Assert.NotNull(refusal);
        Assert.Empty(hits);
    }

    [Fact]
    public async Task The_loopback_keyword_allows_loopback_directly_by_name_and_by_redirect()
    {
        var guard = Guard("loopback", ("hooks.example.com", "127.0.0.1"));
        var to = Uri.EscapeDataString($"http://127.0.0.1:{port}/hook");

        Assert.Null(await PostAsync(guard, $"http://127.0.0.1:{port}/hook"));
        Assert.Null(await PostAsync(guard, $"http://hooks.example.com:{port}/hook"));
        Assert.Null(await PostAsync(guard, $"http://127.0.0.1:{port}/redirect?to={to}"));
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public async Task Link_local_stays_refused_under_the_keywords_and_opens_only_to_a_cidr()
    {
        var guard = Guard("loopback,private", ("metadata.example.com", "169.254.169.254"));
        Assert.Contains("link-local", await PostAsync(guard, $"http://metadata.example.com:{port}/hook"), StringComparison.Ordinal);

        Assert.Null(new AddressGuard("169.254.169.254/32").Check(IPAddress.Parse("169.254.169.254")));
    }

    [Theory]
    [InlineData("http://127.0.0.1/hook", true)]
    [InlineData("http://[::ffff:127.0.0.1]/hook", true)]
    [InlineData("http://169.254.169.254/latest/meta-data", true)]
    [InlineData("http://10.1.1.1/", true)]
    [InlineData("http://localhost:8080/", true)]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", true)]
    [InlineData("https://hooks.example.com/", false)]
    [InlineData("https://93.184.216.34/", false)]
    public void Submission_can_judge_literal_addresses_only(string url, bool refused) =>
        Assert.Equal(refused, new AddressGuard("").CheckLiteral(url) is not null);

    private static AddressGuard Guard(string allow, params (string Name, string Address)[] names)
    {
        var table = names.ToDictionary(n => n.Name, n => IPAddress.Parse(n.Address), StringComparer.OrdinalIgnoreCase);
        return new AddressGuard(allow, (host, ct) => table.TryGetValue(host, out var address)
            ? Task.FromResult(new[] { address })
            : Dns.GetHostAddressesAsync(host, ct));
    }

    /// <summary>Null when the request got through (2xx), else the guard's refusal.</summary>
    private static async Task<string?> PostAsync(AddressGuard guard, string url)
    {
        using var client = new HttpClient(GuardedHttp.CreateHandler(guard, TimeSpan.FromSeconds(5))) { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await client.PostAsync(url, new StringContent("{}"));
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            return null;
        }
        catch (HttpRequestException e) when (GuardedHttp.Refusal(e) is { } refused)
        {
            return refused.Message;
        }
    }
}
