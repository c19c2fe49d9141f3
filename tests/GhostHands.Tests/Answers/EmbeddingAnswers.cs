using GhostHands.Jobs.Answers;
using GhostHands.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace GhostHands.Tests.Answers;

/// <summary>The API with an embedding generator registered, as a process with a local embedding model has.</summary>
public sealed class ApiWithEmbeddings(PostgresServer postgres) : IAsyncLifetime
{
    public ApiFactory Api { get; } = new(postgres)
    {
        ConfigureTestServices = services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new CharacterCounts()),
    };

    public ValueTask InitializeAsync() => Api.InitializeAsync();

    public ValueTask DisposeAsync() => Api.DisposeAsync();

    /// <summary>A deterministic stand-in for a sentence model: letters, digits and spaces of the text.</summary>
    public sealed class CharacterCounts : IEmbeddingGenerator<string, Embedding<float>>
    {
        public static float[] Of(string text) => [text.Count(char.IsLetter), text.Count(char.IsDigit), text.Count(c => c == ' ')];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(Of(v)))));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

public sealed class WhenAnEmbeddingGeneratorIsRegistered(ApiWithEmbeddings host) : IClassFixture<ApiWithEmbeddings>
{
    [Fact]
    public async Task Each_saved_answer_keeps_the_embedding_of_its_question()
    {
        var user = Guid.NewGuid();
        var client = host.Api.CreateAuthenticatedClient();
        await client.ResumeAsync(await host.Api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID 2"] = "TS-1234" });

        var listed = Assert.Single(await client.AnswersAsync(user))!;
        Assert.True((bool)listed["has_embedding"]!);
        await using var session = host.Api.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.LoadAsync<SavedAnswer>(Guid.Parse((string)listed["id"]!), TestContext.Current.CancellationToken);
        Assert.Equal(ApiWithEmbeddings.CharacterCounts.Of("Security clearance ID 2"), stored!.Embedding);
    }
}

/// <summary>The API with an embedding generator that always throws, as a model that fails to load would.</summary>
public sealed class ApiWithFailingEmbeddings(PostgresServer postgres) : IAsyncLifetime
{
    public ApiFactory Api { get; } = new(postgres)
    {
        ConfigureTestServices = services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new Failing()),
    };

    public ValueTask InitializeAsync() => Api.InitializeAsync();

    public ValueTask DisposeAsync() => Api.DisposeAsync();

    private sealed class Failing : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The embedding model is not loaded.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

public sealed class WhenTheEmbeddingGeneratorFails(ApiWithFailingEmbeddings host) : IClassFixture<ApiWithFailingEmbeddings>
{
    [Fact]
    public async Task The_resume_succeeds_and_the_answer_is_kept_without_an_embedding()
    {
        var user = Guid.NewGuid();
        var client = host.Api.CreateAuthenticatedClient();

        var response = await client.ResumeAsync(await host.Api.DataSource.PausedJobAsync(user), new() { ["Security clearance ID"] = "TS-1234" });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var listed = Assert.Single(await client.AnswersAsync(user))!;
        Assert.Equal("TS-1234", (string?)listed["answer"]);
        Assert.False((bool)listed["has_embedding"]!);
    }
}
