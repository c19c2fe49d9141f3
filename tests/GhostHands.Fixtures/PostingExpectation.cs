namespace GhostHands.Fixtures;

/// <summary>
/// What a scrape of <c>Postings/{name}.html</c> should extract, parsed from <c>Postings/{name}.expected.json</c>.
/// <see cref="ApplyPath"/> is relative to <see cref="FixtureSite.BaseUrl"/>.
/// </summary>
public sealed record PostingExpectation
{
    public string Name { get; init; } = "";
    public required string Title { get; init; }
    public required string Company { get; init; }
    public required string Location { get; init; }
    public required string ApplyPath { get; init; }
    public required bool HasJsonLd { get; init; }
    public string? EmploymentType { get; init; }

    /// <summary>Sentences the extracted description must contain.</summary>
    public IReadOnlyList<string> DescriptionIncludes { get; init; } = [];
}
