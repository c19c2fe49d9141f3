using System.Text.RegularExpressions;
using System.Xml.Linq;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Aspire;

// The AppHost's topology is tested against its application model in tests/GhostHands.AppHost.Tests. What stays here
// is the versioning rule, which decides whether the AppHost restores at all.

public sealed class WhenAspirePackagesAreVersioned
{
    private readonly AspireVersions versions = AspireVersions.Load();

    [Fact]
    public void Every_Aspire_package_is_one_release()
    {
        Assert.NotEmpty(versions.PackageVersions);
        Assert.All(versions.PackageVersions, package => Assert.True(
            package.Value == versions.Release,
            $"{package.Key} is {package.Value} but AspireVersion is {versions.Release}; Aspire ships its packages as one release."));
    }

    [Fact]
    public void The_AppHost_SDK_is_of_the_same_release_line_and_not_newer_than_the_packages()
    {
        var sdk = Version.Parse(versions.Sdk);
        var release = Version.Parse(versions.Release);

        Assert.Equal((release.Major, release.Minor), (sdk.Major, sdk.Minor));
        Assert.True(sdk <= release, $"Aspire.AppHost.Sdk/{versions.Sdk} is newer than the packages ({versions.Release}).");
    }

    [Fact]
    public void The_AppHost_references_Aspire_Hosting_AppHost_itself_so_that_it_follows_the_packages_and_not_the_SDK()
    {
        // Without it the SDK adds Aspire.Hosting.AppHost at its own version, and the dashboard and orchestrator with it.
        Assert.Contains("Aspire.Hosting.AppHost", versions.AppHostReferences);
    }

    [Fact]
    public void Every_Aspire_package_the_AppHost_projects_reference_has_a_central_version()
    {
        Assert.NotEmpty(versions.References);
        Assert.All(versions.References, package => Assert.Contains(package, versions.PackageVersions.Keys));
    }
}

/// <summary>
/// The Aspire versions in play: the SDK in <c>AppHost/GhostHands.AppHost.csproj</c>, <c>$(AspireVersion)</c> and every
/// <c>Aspire.*</c> entry of <c>Directory.Packages.props</c> (with <c>$(Property)</c> references resolved), and the
/// <c>Aspire.*</c> packages the AppHost and its test project reference.
/// </summary>
internal sealed class AspireVersions
{
    public const string AppHostProject = "AppHost/GhostHands.AppHost.csproj";
    public const string AppHostTestProject = "tests/GhostHands.AppHost.Tests/GhostHands.AppHost.Tests.csproj";
    private const string SdkName = "Aspire.AppHost.Sdk";

    public required string Sdk { get; init; }

    public required string Release { get; init; }

    public required IReadOnlyDictionary<string, string> PackageVersions { get; init; }

    public required IReadOnlyList<string> References { get; init; }

    public required IReadOnlyList<string> AppHostReferences { get; init; }

    public static AspireVersions Load()
    {
        var appHost = XDocument.Parse(RepositoryPaths.Read(AppHostProject));
        var sdk = (appHost.Root?.Attribute("Sdk")?.Value ?? "")
            .Split(';', StringSplitOptions.TrimEntries)
            .FirstOrDefault(entry => entry.StartsWith(SdkName + "/", StringComparison.Ordinal));
        Assert.True(sdk is not null, $"{AppHostProject} does not use <Project Sdk=\"{SdkName}/<version>\">.");

        var props = XDocument.Parse(RepositoryPaths.Read("Directory.Packages.props"));
        var properties = new Dictionary<string, string>();
        foreach (var property in props.Descendants("PropertyGroup").Elements())
        {
            properties[property.Name.LocalName] = property.Value.Trim();
        }

        Assert.True(properties.ContainsKey("AspireVersion"), "Directory.Packages.props has no AspireVersion property.");
        var packageVersions = new Dictionary<string, string>();
        foreach (var entry in props.Descendants("PackageVersion"))
        {
            var id = (string?)entry.Attribute("Include") ?? "";
            if (id.StartsWith("Aspire.", StringComparison.Ordinal))
            {
                packageVersions[id] = ExpandProperties((string?)entry.Attribute("Version") ?? "", properties);
            }
        }

        var appHostReferences = AspireReferences(AppHostProject);
        return new AspireVersions
        {
            Sdk = sdk![(SdkName.Length + 1)..],
            Release = properties["AspireVersion"],
            PackageVersions = packageVersions,
            References = [.. appHostReferences.Concat(AspireReferences(AppHostTestProject)).Distinct()],
            AppHostReferences = appHostReferences,
        };
    }

    private static List<string> AspireReferences(string project) =>
        [.. XDocument.Parse(RepositoryPaths.Read(project)).Descendants("PackageReference")
            .Select(reference => (string?)reference.Attribute("Include") ?? "")
            .Where(id => id.StartsWith("Aspire.", StringComparison.Ordinal))];

    private static string ExpandProperties(string value, IReadOnlyDictionary<string, string> properties) =>
        Regex.Replace(value, @"\$\((?<name>\w+)\)", reference =>
            properties.TryGetValue(reference.Groups["name"].Value, out var expanded) ? expanded : reference.Value);
}
