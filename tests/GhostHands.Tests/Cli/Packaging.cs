using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using GhostHands.Tests.Infrastructure;

namespace GhostHands.Tests.Cli;

/// <summary>
/// <c>dotnet pack</c> of the contracts, the schema, the client and the command line, from the build the tests run on: the packages
/// carry their README and XML docs, the client depends on nothing unexpected, and the tool carries no server module,
/// installs and runs.
/// </summary>
public sealed class Packaging : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("gh-pack-").FullName;

    // A version no earlier run used, so no NuGet cache can hand back a stale package.
    private readonly string version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task The_client_package_has_its_readme_docs_and_only_the_expected_dependencies()
    {
        var contracts = await Pack("Contracts");
        var schema = await Pack("Schema");
        var client = await Pack("Client");

        using var contractsZip = ZipFile.OpenRead(contracts);
        using var schemaZip = ZipFile.OpenRead(schema);
        using var clientZip = ZipFile.OpenRead(client);
        Assert.Contains("README.md", Entries(contractsZip));
        Assert.Contains("lib/net10.0/GhostHands.Contracts.xml", Entries(contractsZip));
        Assert.DoesNotContain(Nuspec(contractsZip).Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Contains("README.md", Entries(schemaZip));
        Assert.Equal(
            ["GhostHands.Contracts", "Npgsql"],
            Nuspec(schemaZip).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Order());
        Assert.Contains("README.md", Entries(clientZip));
        Assert.Contains("lib/net10.0/GhostHands.Client.xml", Entries(clientZip));
        var nuspec = Nuspec(clientZip);
        Assert.Equal("README.md", nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value);
        // Npgsql (of the schema) and Polly (of the resilience package) are listed because the repository pins
        // transitive versions centrally, which records them as direct dependencies.
        Assert.Equal(
            ["GhostHands.Contracts", "GhostHands.Schema", "Microsoft.Extensions.Http.Resilience", "Npgsql", "Polly.Core", "Polly.Extensions"],
            nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Order());
    }

    [Fact]
    public async Task The_tool_package_installs_as_ghosthands_and_runs()
    {
        var tool = await Pack("Cli");
        using (var zip = ZipFile.OpenRead(tool))
        {
            Assert.Contains("README.md", Entries(zip));
            var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Equal("ghosthands", (string?)settings.Descendants("Command").Single().Attribute("Name"));

            // migrate runs on the schema assembly alone: none of the server's modules or frameworks ride along.
            var assemblies = Entries(zip).Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
            Assert.Contains("GhostHands.Schema.dll", assemblies);
            Assert.DoesNotContain(assemblies, name => name!.StartsWith("GhostHands.Jobs", StringComparison.Ordinal)
                || name.StartsWith("Wolverine", StringComparison.Ordinal) || name.StartsWith("Marten", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        // Only the folder the package is in as a source, and a private package cache.
        var config = Path.Combine(directory, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <configuration><packageSources><clear /><add key="local" value="{directory}" /></packageSources></configuration>
            """);
        var install = await Run("dotnet", ["tool", "install", "GhostHands.Cli", "--version", version, "--tool-path", Path.Combine(directory, "tools"), "--configfile", config],
            privateCache: true);
        Assert.True(install.ExitCode == 0, install.ToString());

        var help = await Run(Path.Combine(directory, "tools", "ghosthands"), ["--help"]);
        var usage = await Run(Path.Combine(directory, "tools", "ghosthands"), ["jobs", "get", "not-a-job-id"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("ghosthands [command] [options]", help.Stdout);
        Assert.Contains("submit-test-job", help.Stdout);
        Assert.Equal(2, usage.ExitCode);
    }

    private async Task<string> Pack(string project)
    {
        var result = await Run("dotnet", ["pack", Path.Combine(RepositoryPaths.Root, project), "--no-build", "-c", RepositoryPaths.Configuration,
            "-o", directory, $"-p:PackageVersion={version}", "-nologo"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var id = Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, project), "*.csproj").Single());
        return Path.Combine(directory, $"{id}.{version}.nupkg");
    }

    private static string[] Entries(ZipArchive zip) => zip.Entries.Select(e => e.FullName).ToArray();

    private static XDocument Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private async Task<CliResult> Run(string file, string[] args, bool privateCache = false)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (privateCache)
        {
            info.Environment["NUGET_PACKAGES"] = Path.Combine(directory, "nuget-packages");
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
