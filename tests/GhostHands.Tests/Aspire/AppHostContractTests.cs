using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GhostHands.ServiceDefaults;

namespace GhostHands.Tests.Aspire;

// The AppHost needs the Aspire packages and a container runtime, so this suite does not build or run it. These tests
// read its sources as text instead and fail when they drift from what the rest of the system relies on.

public sealed class WhenAppHostNamesResources
{
    private readonly AppHostSource source = AppHostSource.Load();

    [Fact]
    public void Every_resource_name_is_a_valid_Aspire_name()
    {
        var names = source.ResourceNames();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(AspireNames.IsValid(name), AspireNames.Explain(name)));
    }

    [Fact]
    public void Default_workers_are_adam_and_sarah()
    {
        string[] expected = ["adam", "sarah"];

        Assert.Equal(expected, source.DefaultWorkers());
    }

    [Fact]
    public void Default_workers_are_the_ones_script_server_starts()
    {
        var fallback = Regex.Match(Repository.Read("script/server"), @"\$\{GH_WORKERS:-(?<names>[^}]*)\}");

        Assert.True(fallback.Success, "script/server no longer defaults its workers with ${GH_WORKERS:-...}.");
        Assert.Equal(fallback.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), source.DefaultWorkers());
    }

    [Fact]
    public void Each_worker_resource_passes_its_name_as_worker_id()
    {
        var workers = source.ProjectStatements("GhostHands_Worker");

        Assert.NotEmpty(workers);
        Assert.All(workers, statement =>
        {
            var name = AppHostSource.WorkerResourceName().Match(statement);
            Assert.True(name.Success, $"A worker resource is not named $\"worker-{{id}}\":\n{statement}");
            var id = Regex.Escape(name.Groups["id"].Value);
            Assert.Matches($@"\.WithArgs\(\s*\$""--worker-id=\{{{id}\}}""\s*\)", statement);
        });
    }
}

public sealed class WhenAppHostWiresTheDatabase
{
    private readonly AppHostSource source = AppHostSource.Load();

    [Fact]
    public void Database_and_connection_string_are_named_as_ServiceDefaults_reads_them()
    {
        var databases = source.CallArguments("AddDatabase");
        var connectionStrings = source.CallArguments("AddConnectionString");

        Assert.NotEmpty(databases);
        Assert.NotEmpty(connectionStrings);
        // AddDatabase(name, databaseName?): both name the database. AddConnectionString(name, environmentVariableName?).
        var names = databases.SelectMany(arguments => arguments).Concat(connectionStrings.Select(arguments => arguments[0]));
        Assert.All(names, argument => Assert.Equal(PostgresExtensions.ConnectionName, source.Resolve(argument)));
    }

    [Fact]
    public void Api_and_every_worker_reference_and_wait_for_the_database()
    {
        var database = source.VariableAssignedFrom("AddConnectionString");
        var projects = source.ProjectStatements("GhostHands_Api").Concat(source.ProjectStatements("GhostHands_Worker")).ToList();

        Assert.Equal(database, source.VariableAssignedFrom("AddDatabase"));
        Assert.NotEmpty(projects);
        Assert.All(projects, statement =>
        {
            Assert.Contains($".WithReference({database})", statement, StringComparison.Ordinal);
            Assert.Contains($".WaitFor({database})", statement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Workers_wait_for_the_api_which_migrates_the_schema()
    {
        var api = source.VariableAssignedFrom("AddProject<Projects.GhostHands_Api>");

        Assert.All(source.ProjectStatements("GhostHands_Worker"),
            statement => Assert.Contains($".WaitFor({api})", statement, StringComparison.Ordinal));
    }
}

public sealed class WhenAspirePackagesAreVersioned
{
    private readonly AspireVersions versions = AspireVersions.Load();

    [Fact]
    public void Sdk_and_every_Aspire_package_version_are_one_release()
    {
        Assert.NotEmpty(versions.PackageVersions);
        Assert.All(versions.PackageVersions, package => Assert.True(
            package.Value == versions.Sdk,
            $"{package.Key} is {package.Value} but the AppHost uses Aspire.AppHost.Sdk/{versions.Sdk}; " +
            "Aspire ships its SDK and packages as one release."));
    }

    [Fact]
    public void Every_Aspire_package_the_AppHost_projects_reference_has_a_central_version()
    {
        Assert.NotEmpty(versions.References);
        Assert.All(versions.References, package => Assert.Contains(package, versions.PackageVersions.Keys));
    }

    [Fact]
    public void Aspire_Hosting_AppHost_has_no_central_version_because_the_SDK_adds_it()
    {
        // NuGet rejects a PackageVersion for a package the SDK references implicitly (NU1009).
        Assert.DoesNotContain("Aspire.Hosting.AppHost", versions.PackageVersions.Keys);
    }
}

public sealed class WhenCheckingAnAspireResourceName
{
    [Theory]
    [InlineData("api", true)]
    [InlineData("worker-sarah", true)]
    [InlineData("gh-service-secret", true)]
    [InlineData("Worker-2", true)]
    [InlineData("", false)]
    [InlineData("2nd-worker", false)]
    [InlineData("-worker", false)]
    [InlineData("worker-", false)]
    [InlineData("worker--sarah", false)]
    [InlineData("worker_sarah", false)]
    [InlineData("worker.sarah", false)]
    [InlineData("wörker", false)]
    public void Accepts_exactly_what_Aspire_accepts(string name, bool valid)
    {
        Assert.Equal(valid, AspireNames.IsValid(name));
    }

    [Fact]
    public void Accepts_64_characters_and_rejects_65()
    {
        Assert.True(AspireNames.IsValid(new string('a', 64)));
        Assert.False(AspireNames.IsValid(new string('a', 65)));
    }
}

/// <summary>
/// Aspire's rule for resource names (<c>Aspire.Hosting.ApplicationModel.ModelName.TryValidateName</c>): 1 to 64
/// characters, ASCII letters, digits and hyphens only, starting with a letter, not ending with a hyphen, and no two
/// hyphens in a row.
/// </summary>
internal static class AspireNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength
        && char.IsAsciiLetter(name[0])
        && name[^1] != '-'
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && !name.Contains("--", StringComparison.Ordinal);

    public static string Explain(string name) =>
        $"'{name}' is not a valid Aspire resource name: use 1-{MaxLength} ASCII letters, digits and single hyphens, " +
        "starting with a letter and not ending with a hyphen.";
}

/// <summary>The repository root: the nearest directory above the test binaries that holds GhostHands.Aspire.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing from {Root}.");
        return File.ReadAllText(path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GhostHands.Aspire.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GhostHands.Aspire.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>
/// <c>AppHost/Program.cs</c> without comments, and the few shapes of code the contract is about: resource-adding
/// calls (<c>.AddXxx(name, ...)</c>), <c>AddProject</c> statements, constants and the default worker list.
/// </summary>
internal sealed partial class AppHostSource(string code)
{
    public const string ProgramPath = "AppHost/Program.cs";

    public static AppHostSource Load() => new(StripComments(Repository.Read(ProgramPath)));

    /// <summary>Every resource name Program.cs can produce; interpolated names are expanded with each default worker.</summary>
    public IReadOnlyList<string> ResourceNames()
    {
        var names = new List<string>();
        foreach (Match call in ResourceCall().Matches(code))
        {
            var argument = call.Groups["name"].Value;
            if (argument.StartsWith("$\"", StringComparison.Ordinal))
            {
                names.AddRange(DefaultWorkers().Select(worker => InterpolationHole().Replace(argument[2..^1], worker)));
            }
            else
            {
                names.Add(Resolve(argument));
            }
        }

        return names;
    }

    /// <summary>The elements of the <c>defaultWorkers</c> array.</summary>
    public IReadOnlyList<string> DefaultWorkers()
    {
        var declaration = DefaultWorkersDeclaration().Match(code);
        Assert.True(declaration.Success, $"{ProgramPath} no longer declares string[] defaultWorkers = [\"...\", ...];");
        return [.. StringLiteral().Matches(declaration.Groups["items"].Value).Select(item => item.Groups["value"].Value)];
    }

    /// <summary>Each statement (up to its semicolon) that starts with <c>AddProject&lt;Projects.{className}&gt;</c>.</summary>
    public IReadOnlyList<string> ProjectStatements(string className)
    {
        var start = $".AddProject<Projects.{className}>(";
        var statements = new List<string>();
        for (var index = code.IndexOf(start, StringComparison.Ordinal); index >= 0; index = code.IndexOf(start, index + 1, StringComparison.Ordinal))
        {
            statements.Add(code[index..(code.IndexOf(';', index) + 1)]);
        }

        return statements;
    }

    /// <summary>The argument lists of every <c>.{method}(...)</c> call, split on top-level commas.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CallArguments(string method) =>
        [.. Regex.Matches(code, $@"\.{Regex.Escape(method)}\((?<arguments>[^()]*)\)")
            .Select(call => (IReadOnlyList<string>)[.. call.Groups["arguments"].Value.Split(',', StringSplitOptions.TrimEntries)])];

    /// <summary>The variable a <c>var x = ...</c> statement assigns from an expression containing <paramref name="call"/>.</summary>
    public string VariableAssignedFrom(string call)
    {
        var assignment = Regex.Match(code, $@"var\s+(?<variable>\w+)\s*=[^;]*{Regex.Escape(call)}\(");
        Assert.True(assignment.Success, $"{ProgramPath} does not assign the result of {call}(...) to a variable.");
        return assignment.Groups["variable"].Value;
    }

    /// <summary>The value of a string literal, or of the constant a name refers to.</summary>
    public string Resolve(string argument)
    {
        var literal = StringLiteral().Match(argument);
        if (literal.Success && literal.Length == argument.Length)
        {
            return literal.Groups["value"].Value;
        }

        var constant = Regex.Match(code, $@"const\s+string\s+{Regex.Escape(argument)}\s*=\s*""(?<value>[^""]*)""\s*;");
        Assert.True(constant.Success, $"{ProgramPath}: '{argument}' is neither a string literal nor a string constant.");
        return constant.Groups["value"].Value;
    }

    [GeneratedRegex(@"\.Add\w+(?:<[\w.]+>)?\(\s*(?<name>\$?""[^""]*""|\w+)")]
    private static partial Regex ResourceCall();

    [GeneratedRegex(@"\.AddProject<Projects\.GhostHands_Worker>\(\s*\$""worker-\{(?<id>\w+)\}""")]
    public static partial Regex WorkerResourceName();

    [GeneratedRegex(@"string\[\]\s+defaultWorkers\s*=\s*\[(?<items>[^\]]*)\]\s*;")]
    private static partial Regex DefaultWorkersDeclaration();

    [GeneratedRegex(@"""(?<value>[^""]*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex InterpolationHole();

    /// <summary>Drops // and /* */ comments outside string literals, so that commented-out code cannot satisfy a rule.</summary>
    private static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (inString)
            {
                result.Append(c);
                if (c == '\\' && next != '\0')
                {
                    result.Append(next);
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '/' && next == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                result.Append('\n');
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                inString = c == '"';
                result.Append(c);
            }
        }

        return result.ToString();
    }
}

/// <summary>
/// The Aspire versions in play: the SDK in <c>AppHost/GhostHands.AppHost.csproj</c>, every <c>Aspire.*</c> entry of
/// <c>Directory.Packages.props</c> (with <c>$(Property)</c> references resolved), and the <c>Aspire.*</c> packages the
/// AppHost and its test project reference.
/// </summary>
internal sealed class AspireVersions
{
    public const string AppHostProject = "AppHost/GhostHands.AppHost.csproj";
    public const string AppHostTestProject = "tests/GhostHands.AppHost.Tests/GhostHands.AppHost.Tests.csproj";
    private const string SdkName = "Aspire.AppHost.Sdk";

    public required string Sdk { get; init; }

    public required IReadOnlyDictionary<string, string> PackageVersions { get; init; }

    public required IReadOnlyList<string> References { get; init; }

    public static AspireVersions Load()
    {
        var appHost = XDocument.Parse(Repository.Read(AppHostProject));
        var sdk = (appHost.Root?.Attribute("Sdk")?.Value ?? "")
            .Split(';', StringSplitOptions.TrimEntries)
            .FirstOrDefault(entry => entry.StartsWith(SdkName + "/", StringComparison.Ordinal));
        Assert.True(sdk is not null, $"{AppHostProject} does not use <Project Sdk=\"{SdkName}/<version>\">.");

        var props = XDocument.Parse(Repository.Read("Directory.Packages.props"));
        var properties = new Dictionary<string, string>();
        foreach (var property in props.Descendants("PropertyGroup").Elements())
        {
            properties[property.Name.LocalName] = property.Value.Trim();
        }

        var packageVersions = new Dictionary<string, string>();
        foreach (var entry in props.Descendants("PackageVersion"))
        {
            var id = (string?)entry.Attribute("Include") ?? "";
            if (id.StartsWith("Aspire.", StringComparison.Ordinal))
            {
                packageVersions[id] = ExpandProperties((string?)entry.Attribute("Version") ?? "", properties);
            }
        }

        var references = new[] { AppHostProject, AppHostTestProject }
            .SelectMany(project => XDocument.Parse(Repository.Read(project)).Descendants("PackageReference"))
            .Select(reference => (string?)reference.Attribute("Include") ?? "")
            .Where(id => id.StartsWith("Aspire.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        return new AspireVersions { Sdk = sdk![(SdkName.Length + 1)..], PackageVersions = packageVersions, References = references };
    }

    private static string ExpandProperties(string value, IReadOnlyDictionary<string, string> properties) =>
        Regex.Replace(value, @"\$\((?<name>\w+)\)", reference =>
            properties.TryGetValue(reference.Groups["name"].Value, out var expanded) ? expanded : reference.Value);
}
