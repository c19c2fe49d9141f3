using System.Net;
using System.Net.Http.Headers;
using GhostHands.Fixtures;

namespace GhostHands.Tests.Fixtures;

/// <summary>The fixture site serves held-out and retired forms like development ones: pages, frame parts, validation and confirmations.</summary>
public sealed class ServingHeldOutForms : IAsyncLifetime
{
    private FixtureSite? site;
    private HttpClient? client;

    public async ValueTask InitializeAsync()
    {
        site = await FixtureSite.StartAsync();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.BaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_retired_page_and_its_iframe_document_are_served_from_the_retired_folder()
    {
        var page = await client!.GetStringAsync("forms/greenhouse-wingtip");
        var frame = await client.GetStringAsync("forms/greenhouse-wingtip/frame");

        Assert.Contains("id=\"grnhse_iframe\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"application_form\"", frame, StringComparison.Ordinal);
        Assert.Contains("/forms/greenhouse-wingtip", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_of_a_retired_form_is_only_shown_after_an_accepted_submission()
    {
        var before = await client!.GetAsync("forms/pinpoint-tailwind/received");

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Equal("/forms/pinpoint-tailwind", before.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_format_rule_rejects_with_its_message_in_the_re_rendered_page_and_the_corrected_value_is_accepted()
    {
        var rejected = await client!.PostAsync("forms/icims-alpineski/submit", AlpineSki("+1 415 555 0134"));
        var page = await rejected.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Enter the mobile phone in international format", page, StringComparison.Ordinal);
        Assert.Contains("value=\"01/15/2026\"", page, StringComparison.Ordinal);
        var first = await site!.WaitForAttemptAsync("icims-alpineski", 1, TimeSpan.FromSeconds(5));
        Assert.False(first.Accepted);
        Assert.Equal(["PersonProfileFields.MobilePhone"], first.Errors.Keys);

        var accepted = await client.PostAsync("forms/icims-alpineski/submit", AlpineSki("+14155550134"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var second = await site.WaitForSubmissionAsync("icims-alpineski", TimeSpan.FromSeconds(5));
        Assert.Equal(2, second.Attempt);
        Assert.Empty(FixtureCatalog.Expected("icims-alpineski").Problems(second));
    }

    [Fact]
    public async Task A_nested_json_post_is_checked_under_dotted_names()
    {
        var response = await client!.PostAsync("forms/ashby-relecloud/submit", new StringContent(
            """{"fieldEntries": {"_systemfield_name": "Jordan Rivera", "c06f7d21": true}}""", MediaTypeHeaderValue.Parse("application/json")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("fieldEntries._systemfield_email", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fieldEntries._systemfield_name", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fieldEntries.c06f7d21", body, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent AlpineSki(string phone)
    {
        var values = new Dictionary<string, string>
        {
            ["PersonProfileFields.FirstName"] = "Jordan",
            ["PersonProfileFields.LastName"] = "Rivera",
            ["PersonProfileFields.Email"] = "jordan.rivera@example.org",
            ["PersonProfileFields.EmailConfirm"] = "jordan.rivera@example.org",
            ["PersonProfileFields.MobilePhone"] = phone,
            ["PersonProfileFields.AddressStreet1"] = "2150 Folsom Street, Apt 4B",
            ["PersonProfileFields.AddressCity"] = "San Francisco",
            ["PersonProfileFields.AddressState"] = "CA",
            ["PersonProfileFields.AddressZip"] = "94110",
            ["PersonProfileFields.AddressCountry"] = "231",
            ["rcf4101"] = "01/15/2026",
            ["rcf4102"] = "120000",
            ["rcf4103"] = "6601",
            ["rcf4104"] = "7104",
            ["rcf4105"] = "8202",
        };
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        var resume = new ByteArrayContent(FixtureCatalog.ResumePdf());
        resume.Headers.ContentType = MediaTypeHeaderValue.Parse(FixtureCatalog.ResumeContentType);
        content.Add(resume, "PersonProfileFields.Resume", FixtureCatalog.ResumeFileName);
        return content;
    }
}
