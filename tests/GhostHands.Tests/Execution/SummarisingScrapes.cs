using GhostHands.Execution.Scrape;

namespace GhostHands.Tests.Execution;

public sealed class WhenSummarisingAScrape
{
    private static ScrapeHandler.Posting Posting(string title, string company, string? location) =>
        new(title, company, location, Description: "", ApplyUrl: null, EmploymentType: null, Source: "html");

    [Fact]
    public void Names_title_company_and_location_of_a_posting() =>
        Assert.Equal("Scraped \"Data Analyst\" at Fabrikam (Austin, TX).", ScrapeHandler.Summary(Posting("Data Analyst", "Fabrikam", "Austin, TX")));

    [Fact]
    public void Leaves_out_a_location_the_page_does_not_give() =>
        Assert.Equal("Scraped \"Data Analyst\" at Fabrikam.", ScrapeHandler.Summary(Posting("Data Analyst", "Fabrikam", null)));

    [Fact]
    public void Leaves_out_a_company_the_page_does_not_give() =>
        Assert.Equal("Scraped \"Data Analyst\" (Remote).", ScrapeHandler.Summary(Posting("Data Analyst", " ", "Remote")));

    [Fact]
    public void Says_when_a_page_with_only_a_title_may_not_be_a_posting() =>
        Assert.Equal("Scraped \"Welcome\", with no company or location: it may not be a job posting.", ScrapeHandler.Summary(Posting("Welcome", "", null)));

    [Fact]
    public void Says_when_a_page_gives_nothing_a_posting_has() =>
        Assert.Equal("Scraped a page with no title, company or location: it does not look like a job posting.", ScrapeHandler.Summary(Posting("", "", "")));
}
