using System.Net;
using GhostHands.Execution.Targets;

namespace GhostHands.Tests.Execution;

public sealed class WhenGuardingTargetUrls
{
    private static TargetUrlGuard Guard(string allow = "", string resolvesTo = "93.184.216.34") =>
        new(allow, (_, _) => Task.FromResult(new[] { IPAddress.Parse(resolvesTo) }));

    [Theory]
    [InlineData("http://127.0.0.1:8080/forms/x")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.20.0.5/")]
    [InlineData("http://192.168.1.10/")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fe80::1]/")]
    public async Task Refuses_loopback_private_and_link_local_addresses(string url) =>
        Assert.NotNull(await Guard().CheckAsync(url));

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task Refuses_anything_but_http_and_https(string? url) =>
        Assert.NotNull(await Guard("loopback,private").CheckAsync(url));

    [Fact]
    public async Task Refuses_a_name_that_resolves_to_loopback() =>
        Assert.Contains("loopback", await Guard(resolvesTo: "127.0.0.1").CheckAsync("https://innocent.example.com/"));

    [Fact]
    public async Task Allows_public_addresses() =>
        Assert.Null(await Guard().CheckAsync("https://boards.example.com/acme/jobs/1"));

    [Fact]
    public async Task The_loopback_keyword_allows_loopback_only()
    {
        Assert.Null(await Guard("loopback").CheckAsync("http://127.0.0.1:5000/"));
        Assert.NotNull(await Guard("loopback").CheckAsync("http://10.0.0.1/"));
    }

    [Fact]
    public async Task The_private_keyword_allows_private_ranges_but_not_link_local()
    {
        Assert.Null(await Guard("private").CheckAsync("http://192.168.1.10/"));
        Assert.NotNull(await Guard("private").CheckAsync("http://169.254.169.254/"));
        Assert.NotNull(await Guard("private").CheckAsync("http://127.0.0.1/"));
    }

    [Fact]
    public async Task A_cidr_allows_exactly_its_range()
    {
        Assert.Null(await Guard("10.1.0.0/16").CheckAsync("http://10.1.200.3/"));
        Assert.NotNull(await Guard("10.1.0.0/16").CheckAsync("http://10.2.0.1/"));
    }

    [Fact]
    public async Task A_named_host_is_allowed_whatever_it_resolves_to() =>
        Assert.Null(await Guard("ats.internal", resolvesTo: "10.9.9.9").CheckAsync("https://ats.internal/apply"));

    [Fact]
    public void A_malformed_cidr_is_rejected_at_construction() =>
        Assert.Throws<FormatException>(() => new TargetUrlGuard("10.0.0.0/40"));
}
